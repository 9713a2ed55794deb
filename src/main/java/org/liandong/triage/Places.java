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
	 * A resolved (or unresolved) place. {@code regionCode} is null when nothing could be resolved, and then
	 * {@code reason} says why; when resolved, {@code reason} says how (e.g. {@code NAME:竹岛}).
	 */
	record Place(String regionCode, String gridCode, String reason) {

		public boolean resolved() {
			return regionCode != null;
		}
	}
}
