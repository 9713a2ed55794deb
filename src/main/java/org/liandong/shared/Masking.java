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

	/** The signature of an SMS revisit link's token ({@code /portal/revisit/<id>.<round>.<expiry>.<signature>}). */
	private static final java.util.regex.Pattern REVISIT_SIGNATURE = java.util.regex.Pattern
		.compile("(/portal/revisit/[\\w-]+\\.\\d+\\.[0-9a-z]+\\.)([\\w-]+)");

	/** As {@link #citizenMessage(String, String)} for a message whose recipient is not known. */
	public static String citizenMessage(String text) {
		return citizenMessage(text, null);
	}

	/**
	 * A message to a citizen as a log may hold it. The citizen's credentials are masked: the portal's query code,
	 * which with the order's number opens the order's progress and rating ({@code 查询码 041960} →
	 * {@code 查询码 ******}, {@code code=041960} likewise), and the signature of a revisit link, which answers its
	 * revisit. The personal data the text quotes (a unit's result may name the citizen and their number) is redacted
	 * as every shared text is ({@link Redaction}: the recipient's own number however written, any phone, ID number or
	 * e-mail, a name the text introduces or titles). The order's number and the rest stay.
	 */
	public static String citizenMessage(String text, String recipientPhone) {
		if (text == null) {
			return null;
		}
		String masked = QUERY_CODE.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(1))
				+ "*".repeat(m.group(2).length()));
		masked = REVISIT_SIGNATURE.matcher(masked)
			.replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(1)) + "*".repeat(m.group(2).length()));
		// the links are the platform's own (an order's id is no phone number): redacted around, not within
		StringBuilder out = new StringBuilder(masked.length());
		java.util.regex.Matcher link = LINK.matcher(masked);
		int from = 0;
		while (link.find()) {
			out.append(Redaction.redact(masked.substring(from, link.start()), null, recipientPhone)).append(link.group());
			from = link.end();
		}
		return out.append(Redaction.redact(masked.substring(from), null, recipientPhone)).toString();
	}

	/** A link in a message: up to white space or Chinese punctuation. */
	private static final java.util.regex.Pattern LINK = java.util.regex.Pattern.compile("https?://[^\\s，。；、）」]+");

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
