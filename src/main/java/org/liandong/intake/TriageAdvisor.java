package org.liandong.intake;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The intake module's seam for the triage module: a suggested item and unit for a request's text and place, and
 * open orders similar to it. The default bean suggests nothing (the console then shows no suggestion and the
 * duplicate check falls back to the intake module's own text similarity); a bean of this type from another module
 * replaces it.
 */
public interface TriageAdvisor {

	/** The suggested classification of a request, if any. */
	Optional<Suggestion> suggest(String text, String address, Double lat, Double lon);

	/** Open orders that resemble the request, best first; empty when the advisor has no opinion. */
	List<SimilarOrder> similar(String text, String address, Double lat, Double lon, int size);

	/**
	 * Open orders that resemble the request among those taken in since {@code since} in the street or town of
	 * {@code regionCode} or within {@code meters} of the point (WGS-84): the duplicate check's question, which costs
	 * the neighbourhood's orders rather than the whole history. By default the unrestricted {@link #similar}.
	 */
	default List<SimilarOrder> similarNear(String text, String regionCode, Double lat, Double lon, double meters,
			Instant since, int size) {
		return similar(text, null, lat, lon, size);
	}

	/**
	 * Whether {@link #scoresNear} scores every order of the neighbourhood whose text shares a word with the request
	 * (not a sample found by some of its words), so that the orders it returns are the neighbourhood's most alike:
	 * the duplicate check then asks it instead of reading a pool of the place's orders of its own. False by default.
	 */
	default boolean scoresWholeNeighbourhood() {
		return false;
	}

	/**
	 * The orders of any state taken in since {@code since} in the street or town of {@code regionCode} or within
	 * {@code meters} of the point whose text resembles the request at least {@code minScore}, with their text
	 * similarity, best first, at most {@code size}, without reading them: the caller reads and judges them itself.
	 * An advisor that holds the orders' places gives each with its score, so that the caller reads only those of
	 * the request's place. By default those of {@link #similarNear}, without places.
	 */
	default List<TextScore> scoresNear(String text, String regionCode, Double lat, Double lon, double meters,
			Instant since, double minScore, int size) {
		return similarNear(text, regionCode, lat, lon, meters, since, size).stream()
			.filter(o -> o.score() >= minScore)
			.map(o -> new TextScore(o.id(), o.score()))
			.toList();
	}

	/** An order's text similarity to a request (0 to 1), with its place where the advisor knows it (else null). */
	record TextScore(String orderId, double score, Place place) {

		public TextScore(String orderId, double score) {
			this(orderId, score, null);
		}
	}

	/** Where an order was taken in: its region code, WGS-84 point and address, each null where it has none. */
	record Place(String regionCode, Double lat, Double lon, String address) {
	}

	/** A classification proposal: item, lead unit, region and the classifier's confidence (0 to 1). */
	record Suggestion(String itemCode, String itemName, String leadUnitCode, String regionCode, double confidence) {
	}

	/** An open order that looks like the same problem, with a similarity score (0 to 1). */
	record SimilarOrder(String id, String number, String title, double score) {
	}
}
