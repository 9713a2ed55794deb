package org.liandong.triage;

/**
 * Resolves a place from address text and/or coordinates to the most specific region the data supports
 * (district → street/town → community), and a grid where coordinates fall in one.
 */
public interface Places {

	/**
	 * @param address optional address text (full or short names: 环翠区/环翠, 竹岛街道/竹岛, 经区)
	 * @param lat optional latitude
	 * @param lon optional longitude
	 * @param coordSystem {@code WGS84} (default when null) or {@code GCJ02}
	 */
	Place resolve(String address, Double lat, Double lon, String coordSystem);

	/**
	 * The text without the names of districts and streets it holds (经济技术开发区, 环翠区, 竹岛街道): what a request is
	 * about, for a classifier that should not take 经济 in a zone's name for the economy. Village and community
	 * names stay (many are ordinary words). Without a gazetteer, the text as it is.
	 */
	default String withoutPlaceNames(String text) {
		return text;
	}

	/**
	 * A resolved (or unresolved) place. {@code regionCode} is null when nothing could be resolved, and then
	 * {@code reason} says why; when resolved, {@code reason} says how (e.g. {@code NAME:竹岛}).
	 */
	record Place(String regionCode, String gridCode, String reason) {

		public boolean resolved() {
			return regionCode != null;
		}
	}
}
