package org.liandong.shared;

import java.util.regex.Pattern;

/**
 * The one rule for a citizen's phone number. Every order stores its caller's number in this form, whatever door it
 * came in by (the API, Open311, the portal, the console, a device, a grid worker); the console's history panel, the
 * duplicate check, the order list's {@code phone} filter and the blocked callers' list compare numbers in it. A number
 * is accepted however it is commonly written ({@code 137-0000-9999}, {@code 137.0000.9999}, {@code +86 137 0000 9999},
 * {@code 8613700009999}, {@code (0631) 520 1235}, {@code +86 631 5201235}) and kept normalised: spaces, hyphens, dots
 * and parentheses removed, the country code {@code +86} (or {@code 0086}, or {@code 86} before a mobile number's eleven
 * digits) removed, and the trunk {@code 0} a landline's area code loses in the international form put back.
 * Valid once normalised: a mobile number ({@code 1[3-9]} and nine digits) or a landline with its area code ({@code 0},
 * two or three digits, seven or eight digits).
 */
public final class PhoneNumbers {

	private static final Pattern VALID = Pattern.compile("1[3-9]\\d{9}|0\\d{9,11}");

	private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u3000\\-\\u2010-\\u2015()（）.．]");

	/** {@code 86} written before a mobile number's eleven digits, without the {@code +}. */
	private static final Pattern BARE_COUNTRY_CODE = Pattern.compile("861[3-9]\\d{9}");

	private PhoneNumbers() {
	}

	/** The number as stored and compared; null for nothing. Not a check: see {@link #isValid}. */
	public static String normalize(String phone) {
		if (phone == null) {
			return null;
		}
		String p = SEPARATORS.matcher(phone).replaceAll("");
		boolean international = false;
		if (p.startsWith("+86")) {
			p = p.substring(3);
			international = true;
		}
		else if (p.startsWith("0086")) {
			p = p.substring(4);
			international = true;
		}
		else if (BARE_COUNTRY_CODE.matcher(p).matches()) {
			p = p.substring(2);
		}
		if (international && !p.isEmpty() && !p.startsWith("1") && !p.startsWith("0")) {
			p = "0" + p;
		}
		return p.isEmpty() ? null : p;
	}

	/** Whether the number, however written, is a mobile or landline number. */
	public static boolean isValid(String phone) {
		String p = normalize(phone);
		return p != null && VALID.matcher(p).matches();
	}
}
