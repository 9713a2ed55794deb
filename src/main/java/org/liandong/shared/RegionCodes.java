package org.liandong.workorder.internal;

/**
 * The 12-digit national statistical codes nest by prefix: 2 digits province, 2 city, 2 county, 3 town, 3 village.
 * A region's orders are those whose region code starts with its significant prefix.
 */
final class RegionCodes {

	private RegionCodes() {
	}

	/** The significant prefix of a region code ({@code 371002003000} → {@code 371002003}); null if malformed. */
	static String prefix(String code) {
		if (code == null || !code.matches("\\d{12}")) {
			return null;
		}
		if (code.endsWith("0000000000")) {
			return code.substring(0, 2);
		}
		if (code.endsWith("00000000")) {
			return code.substring(0, 4);
		}
		if (code.endsWith("000000")) {
			return code.substring(0, 6);
		}
		if (code.endsWith("000")) {
			return code.substring(0, 9);
		}
		return code;
	}

	/** A city-level code ({@code 3710} + eight zeros): its scope includes orders with no region. */
	/**
	 * A SQL condition "the column's code starts with the prefix" as a range ({@code >= prefix AND < next}), which a
	 * B-tree index answers on every collation, where {@code LIKE 'prefix%'} scans on PostgreSQL's non-C collations.
	 * The codes are digits, so the range ends at the prefix read as a number plus one.
	 */
	static String startsWith(String column, String prefix, String param, java.util.Map<String, Object> params) {
		params.put(param, prefix);
		String end = new java.math.BigInteger(prefix).add(java.math.BigInteger.ONE).toString();
		if (end.length() > prefix.length()) {
			return column + " >= :" + param;
		}
		params.put(param + "End", end);
		return "(" + column + " >= :" + param + " AND " + column + " < :" + param + "End)";
	}

	static boolean isCity(String code) {
		String prefix = prefix(code);
		return prefix != null && prefix.length() <= 4;
	}
}
