package org.liandong.triage;

/**
 * Suggests how to route a request: domain, responsibility item, lead unit and place, with a confidence in [0, 1]
 * (CONTRACT §5). Used by the dispatcher's console, intake channels and automatic dispatch.
 */
public interface Triage {

	/**
	 * @param text the request text (required, not blank)
	 * @param address optional address text
	 * @param lat optional latitude
	 * @param lon optional longitude
	 * @param coordSystem {@code WGS84} (default when null) or {@code GCJ02}
	 */
	TriageSuggestion suggest(String text, String address, Double lat, Double lon, String coordSystem);
}
