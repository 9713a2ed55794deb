package org.liandong.intake.internal;

/**
 * The operator console's form, as typed (strings, so that a half-filled form can be shown again as it was).
 * {@code confidential} is "true" when ticked; {@code overrideReason} takes in a call from a blocked number.
 */
record ConsoleForm(String channel, String citizenPhone, String citizenName, String address, String regionCode,
		String content, String nature, String urgency, String itemCode, String confidential,
		String overrideReason) {

	static ConsoleForm empty() {
		return new ConsoleForm("HOTLINE", null, null, null, null, null, null, "NORMAL", null, null, null);
	}
}
