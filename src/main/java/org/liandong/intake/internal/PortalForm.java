package org.liandong.intake.internal;

/** The citizen portal's submit form, as posted. */
record PortalForm(String content, String citizenName, String citizenPhone, String address, String lat, String lon,
		String confidential) {

	static PortalForm empty() {
		return new PortalForm("", "", "", "", "", "", null);
	}
}
