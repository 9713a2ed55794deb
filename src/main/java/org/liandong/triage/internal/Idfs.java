package org.liandong.triage.internal;

/**
 * The inverse document frequencies a {@link SimilarityIndex}'s scores are worked out with, by word id: the index's
 * as they were at one moment, its epoch, and kept until it has grown by a hundredth ({@link #staleAt}). Every score
 * of a search, the request's weights and each order's, uses one epoch's, in memory and in the text index alike.
 * <p>
 * Fixed for a while, they let the neighbourhood scan keep each order's norm for the epoch ({@code Neighbourhoods}):
 * with the frequencies of the moment, every search worked the norm out again from all of the order's words, each
 * word's IDF looked up, which was most of a scan's cost in a dense street. A hundredth more texts moves a word's IDF
 * by about 0.01 (ln 1.01), a score by less: a score of an epoch's weights differs from one of the very latest
 * weights in its third decimal at most, and is the same for every order compared in one search.
 */
final class Idfs {

	/** No text put yet. */
	static final Idfs NONE = new Idfs(0, 0, new double[0]);

	/** This epoch's number, from 0, one more than the epoch before. */
	final int epoch;

	/** The number of texts the IDFs were worked out with. */
	final int documents;

	private final double[] byId;

	/** The IDF of a word no text held at the epoch. */
	private final double unseen;

	Idfs(int epoch, int documents, double[] byId) {
		this.epoch = epoch;
		this.documents = documents;
		this.byId = byId;
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

	/** Whether an index that now holds this many texts should work its IDFs out again: a hundredth more, or one. */
	boolean staleAt(int documents) {
		return documents - this.documents >= Math.max(1, this.documents / 100);
	}
}
