package org.liandong.shared;

/** Masks personal data for lists, logs and roles that do not need it. */
public final class Masking {

	private Masking() {
	}

	/** {@code 13812345678} → {@code 138****5678}; short numbers keep only their last two digits. */
	public static String phone(String phone) {
		if (phone == null || phone.isBlank()) {
			return phone;
		}
		String p = phone.strip();
		if (p.length() >= 7) {
			return p.substring(0, 3) + "****" + p.substring(p.length() - 4);
		}
		return "*".repeat(Math.max(0, p.length() - 2)) + p.substring(Math.max(0, p.length() - 2));
	}

	private static final java.util.regex.Pattern QUERY_CODE = java.util.regex.Pattern
		.compile("(查询码[：:]?\\s*|[?&]code=)(\\d+)");

	/**
	 * A message to a citizen as a log may hold it: the portal's query code, which with the order's number is the
	 * citizen's credential for their order's progress and rating, masked ({@code 查询码 041960} → {@code 查询码 ******},
	 * {@code code=041960} likewise); the order's number and the rest stay.
	 */
	public static String citizenMessage(String text) {
		if (text == null) {
			return null;
		}
		return QUERY_CODE.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(1))
				+ "*".repeat(m.group(2).length()));
	}

	/** {@code 张三} → {@code 张*}, {@code 欧阳娜娜} → {@code 欧***}; Latin names keep their first letter. */
	public static String name(String name) {
		if (name == null || name.isBlank()) {
			return name;
		}
		String n = name.strip();
		int first = n.offsetByCodePoints(0, 1);
		int rest = n.codePointCount(first, n.length());
		return n.substring(0, first) + "*".repeat(Math.max(1, rest));
	}
}
