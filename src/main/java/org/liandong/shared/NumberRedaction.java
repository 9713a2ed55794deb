package org.liandong.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers part of {@link Redaction}: resident ID numbers, mobile and landline numbers, a known phone number and
 * e-mail addresses, also when written with spaces, hyphens or (mobiles) dots between their groups. A number written
 * with separators is taken for an ID number only when it has an ID number's shape, so that dates, amounts, order
 * numbers and region codes stay.
 */
final class NumberRedaction {

	static final String ID = "[身份证号已隐去]";

	static final String PHONE = "[电话已隐去]";

	static final String EMAIL_MARK = "[邮箱已隐去]";

	/** 18 digits (the last may be X) or 15, written together: taken for an ID number whatever its shape. */
	private static final Pattern ID_NUMBER = Pattern.compile("(?<!\\d)(\\d{17}[\\dXx]|\\d{15})(?![\\dXx])");

	/** Between two digits: one or two spaces, or a hyphen or dash with an optional space on either side. */
	private static final String SEP = "(?:[ \\u00a0\\u3000]{1,2}|[ \\u00a0\\u3000]?[-‐‑–—－][ \\u00a0\\u3000]?)";

	/**
	 * 18 characters (the last may be X) or 15 digits with separators anywhere between them (6-8-4, 6-4-4-4 …); one
	 * digit run of a longer number is not taken (the 15 of a 16-digit number).
	 */
	private static final Pattern SEPARATED_ID = Pattern.compile("(?<!\\d)(?:\\d(?:" + SEP + "?\\d){16}" + SEP
			+ "?[\\dXx](?![\\dXx])|\\d(?:" + SEP + "?\\d){14}(?!" + SEP + "?[\\dXx]))");

	/** Province codes, the first two digits of a region code (81-83: residence permits of HK, Macao, Taiwan). */
	private static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32",
			"33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62",
			"63", "64", "65", "71", "81", "82", "83");

	/** A mobile: 11 digits in groups 3-4-4 with optional separators, or dots between all groups (138.1234.5678). */
	private static final Pattern MOBILE = Pattern.compile("(?<!\\d)(\\+?86" + SEP + "?)?1[3-9]\\d(?:" + SEP + "?\\d{4}"
			+ SEP + "?\\d{4}|\\.\\d{4}\\.\\d{4})(?!\\d)");

	private static final Pattern LANDLINE = Pattern.compile("(?<!\\d)(0\\d{2,3}[- ]?)?[2-8]\\d{6,7}(?!\\d)");

	/**
	 * A landline whose local number is written in two groups (520 1234, 0631-520-1234, 6512 3456), when it stands
	 * alone: not one group of a longer run of separated digits (a card or document number).
	 */
	private static final Pattern SEPARATED_LANDLINE = Pattern.compile("(?<!\\d)(?<!\\d" + SEP + ")(0\\d{2,3}" + SEP
			+ "?)?[2-8]\\d{2,3}" + SEP + "\\d{4}(?!" + SEP + "?\\d)");

	/** Eight digits that read as a date (20261127): no landline unless an area code comes first. */
	private static final Pattern DATE = Pattern.compile("(?:19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])");

	private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");

	/** The fewest digits of a known phone number removed wherever they occur: shorter ones are ordinary numbers. */
	private static final int MIN_KNOWN_PHONE_DIGITS = 7;

	private NumberRedaction() {
	}

	static String redact(String text, String knownPhone) {
		// every number rule needs seven digits or more (a landline's local number, the shortest), the e-mail rule an
		// "@": a text without them is answered as it is, without running the patterns (most requests' text)
		if (digits(text) < MIN_KNOWN_PHONE_DIGITS) {
			return text.indexOf('@') < 0 ? text : EMAIL.matcher(text).replaceAll(EMAIL_MARK);
		}
		String t = ID_NUMBER.matcher(text).replaceAll(ID);
		t = separatedIds(t);
		Pattern known = knownPhone(knownPhone);
		if (known != null) {
			t = known.matcher(t).replaceAll(PHONE);
		}
		t = MOBILE.matcher(t).replaceAll(PHONE);
		t = LANDLINE.matcher(t).replaceAll(m -> m.group(1) == null && DATE.matcher(m.group()).matches()
				? Matcher.quoteReplacement(m.group()) : PHONE);
		t = SEPARATED_LANDLINE.matcher(t).replaceAll(PHONE);
		return EMAIL.matcher(t).replaceAll(EMAIL_MARK);
	}

	/** How many ASCII digits the text holds (what {@code \\d} matches). */
	private static int digits(String text) {
		int n = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '0' && c <= '9') {
				n++;
			}
		}
		return n;
	}

	/** ID numbers written with separators, each replaced only when its digits have an ID number's shape. */
	private static String separatedIds(String text) {
		Matcher m = SEPARATED_ID.matcher(text);
		StringBuilder out = new StringBuilder();
		int copied = 0;
		int from = 0;
		while (from < text.length() && m.find(from)) {
			if (hasIdShape(m.group().replaceAll("[^\\dXx]", ""))) {
				out.append(text, copied, m.start()).append(ID);
				copied = m.end();
				from = m.end();
			}
			else {
				from = m.start() + 1; // an ID number may still start inside what looked like one
			}
		}
		return out.append(text, copied, text.length()).toString();
	}

	/**
	 * A region code of a known province and a birth date that exists: {@code 6 + yyyyMMdd + 3 + check} (18, born
	 * 1900 to 2099) or {@code 6 + yyMMdd + 3} (15, the first generation, born in the 1900s).
	 */
	static boolean hasIdShape(String digits) {
		if ((digits.length() != 18 && digits.length() != 15) || !PROVINCES.contains(digits.substring(0, 2))) {
			return false;
		}
		boolean first = digits.length() == 15;
		String birth = first ? "19" + digits.substring(6, 12) : digits.substring(6, 14);
		int year = Integer.parseInt(birth.substring(0, 4));
		if (year < 1900 || year > 2099) {
			return false;
		}
		try {
			LocalDate.of(year, Integer.parseInt(birth.substring(4, 6)), Integer.parseInt(birth.substring(6, 8)));
			return true;
		}
		catch (DateTimeException e) {
			return false;
		}
	}

	/**
	 * The citizen's own number wherever it occurs, with or without separators between its digits (a +86 or 0086
	 * prefix of a mobile aside; a landline also without its area code), when it has at least
	 * {@link #MIN_KNOWN_PHONE_DIGITS} digits.
	 */
	private static Pattern knownPhone(String phone) {
		if (phone == null) {
			return null;
		}
		String digits = phone.replaceAll("\\D", "");
		if (digits.length() == 13 && digits.startsWith("86") || digits.length() == 15 && digits.startsWith("0086")) {
			digits = digits.substring(digits.length() - 11);
		}
		if (digits.length() < MIN_KNOWN_PHONE_DIGITS) {
			return null;
		}
		String regex = spread(digits);
		if (digits.startsWith("0") && !digits.startsWith("00")) {
			// area codes: 010 and 02x have three digits, the others four (0631)
			String local = digits.substring(digits.startsWith("010") || digits.startsWith("02") ? 3 : 4);
			if (local.length() >= MIN_KNOWN_PHONE_DIGITS) {
				regex += "|" + spread(local);
			}
		}
		return Pattern.compile("(?<!\\d)(?:" + regex + ")(?!\\d)");
	}

	/** The digits in order, with an optional separator or dot between each two. */
	private static String spread(String digits) {
		StringBuilder regex = new StringBuilder();
		for (int i = 0; i < digits.length(); i++) {
			regex.append(i == 0 ? "" : "(?:" + SEP + "|\\.)?").append(digits.charAt(i));
		}
		return regex.toString();
	}
}
