package org.liandong.shared;

/**
 * The 12-digit national statistical codes nest by prefix: 2 digits province, 2 city, 2 county, 3 town, 3 village.
 * A region's orders are those whose region code starts with its significant prefix.
 */
public final class RegionCodes {

	private RegionCodes() {
	}

	/** The significant prefix of a region code ({@code 371002003000} → {@code 371002003}); null if malformed. */
	public static String prefix(String code) {
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

	/**
	 * A SQL condition "the column's code starts with the prefix" as a range ({@code >= prefix AND < next}), which a
	 * B-tree index answers on every collation, where {@code LIKE 'prefix%'} scans on PostgreSQL's non-C collations.
	 * The codes are digits, so the range ends at the prefix read as a number plus one.
	 */
	public static String startsWith(String column, String prefix, String param, java.util.Map<String, Object> params) {
		params.put(param, prefix);
		String end = new java.math.BigInteger(prefix).add(java.math.BigInteger.ONE).toString();
		if (end.length() > prefix.length()) {
			return column + " >= :" + param;
		}
		params.put(param + "End", end);
		return "(" + column + " >= :" + param + " AND " + column + " < :" + param + "End)";
	}

	/** A city-level code ({@code 3710} + eight zeros): its scope includes orders with no region. */
	public static boolean isCity(String code) {
		String prefix = prefix(code);
		return prefix != null && prefix.length() <= 4;
	}

	/**
	 * Whether a region scope (a user's) includes a region (an order's, or a record's made from one): the region
	 * starts with the scope's prefix; no region only in a city-wide scope.
	 */
	public static boolean includes(String scope, String region) {
		String prefix = prefix(scope);
		if (prefix == null) {
			return false;
		}
		if (region == null) {
			return isCity(scope);
		}
		return region.startsWith(prefix);
	}

	/**
	 * A SQL condition on a region column for a region scope: none ({@code null}) for a city-wide scope, which sees
	 * every region and none; else the column within the scope's prefix ({@code 1 = 0} for a malformed scope).
	 */
	public static String scopeCondition(String column, String scope, java.util.Map<String, Object> params) {
		if (isCity(scope)) {
			return null;
		}
		String prefix = prefix(scope);
		return prefix == null ? "1 = 0" : startsWith(column, prefix, "regionScope", params);
	}
}
