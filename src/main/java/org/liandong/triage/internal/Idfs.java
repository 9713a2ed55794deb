package org.liandong.triage.internal;

/**
 * The inverse document frequencies a {@link SimilarityIndex}'s scores are worked out with, by word id: the index's
 * as they were at one moment, its epoch, and kept until it has grown by a hundredth, or for ten minutes at most
 * ({@link #staleAt}). Every score of a search, the request's weights and each order's, uses one epoch's, in memory
 * and in the text index alike.
 * <p>
 * Fixed for a while, they let the neighbourhood scan keep each order's norm for the epoch ({@code Neighbourhoods}):
 * with the frequencies of the moment, every search worked the norm out again from all of the order's words, each
 * word's IDF looked up, which was most of a scan's cost in a dense street. A hundredth more texts moves a word's IDF
 * by about 0.01 (ln 1.01), a score by less. A word that turns common faster than the whole index grows (a burst of
 * calls about one incident) keeps the weight of a rarer word for up to ten minutes: its orders then read a little
 * more alike to each other than with the latest weights, which for a duplicate check errs on the side the
 * dispatcher sees. Every order compared in one search is scored with the same weights.
 */
final class Idfs {

	/** No text put yet. */
	static final Idfs NONE = new Idfs(0, 0, new double[0], 0);

	/** The longest an epoch lasts while texts are put (at a few orders a minute, a hundredth is days). */
	static final long MAX_AGE_NANOS = java.util.concurrent.TimeUnit.MINUTES.toNanos(10);

	/** This epoch's number, from 0, one more than the epoch before. */
	final int epoch;

	/** The number of texts the IDFs were worked out with. */
	final int documents;

	private final double[] byId;

	/** When the IDFs were worked out ({@link System#nanoTime}). */
	private final long builtNanos;

	/** The IDF of a word no text held at the epoch. */
	private final double unseen;

	Idfs(int epoch, int documents, double[] byId, long builtNanos) {
		this.epoch = epoch;
		this.documents = documents;
		this.byId = byId;
		this.builtNanos = builtNanos;
		this.unseen = SimilarityIndex.idf(0, documents);
	}

	/** The IDF of the word with this id (a word first met after the epoch: as no text held it). */
	double of(int id) {
		return id < byId.length ? byId[id] : unseen;
	}

	/** The IDF of a word that no text held at the epoch (one not in the index). */
	double unseen() {
		return unseen;
	}

	/**
	 * Whether an index that holds this many texts at this time ({@link System#nanoTime}) should work its IDFs out
	 * again: a hundredth more texts (at least one) than at the epoch, or any more once the epoch is ten minutes old.
	 */
	boolean staleAt(int documents, long nowNanos) {
		int more = documents - this.documents;
		return more >= Math.max(1, this.documents / 100) || more > 0 && nowNanos - builtNanos >= MAX_AGE_NANOS;
	}
}
