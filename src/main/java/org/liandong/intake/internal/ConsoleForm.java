package org.liandong.intake.internal;

/**
 * The operator console's form, as typed (strings, so that a half-filled form can be shown again as it was).
 * {@code confidential} is "true" when ticked.
 */
record ConsoleForm(String channel, String citizenPhone, String citizenName, String address, String regionCode,
		String content, String nature, String urgency, String itemCode, String confidential) {

	static ConsoleForm empty() {
		return new ConsoleForm("HOTLINE", null, null, null, null, null, null, "NORMAL", null, null);
	}
}
