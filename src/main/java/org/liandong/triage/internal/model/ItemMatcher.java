package org.liandong.triage.internal.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks responsibility items by TF-IDF cosine similarity between a request and each item's own text (name, path,
 * description, keywords, and texts of past orders confirmed for it). Item texts are data: a changed list means a
 * new matcher. Immutable and thread-safe.
 */
public final class ItemMatcher {

	private static final TextFeatures FEATURES = new TextFeatures(1, 2, false, false);

	/** An item's code, domain and the text that describes it. */
	public record ItemText(String code, String domain, String text) {
	}

	/** An item with its similarity to the request, in [0, 1]. */
	public record Match(String code, String domain, double similarity) {
	}

	private final List<ItemText> items;

	private final Vocabulary vocabulary;

	private final List<LongIntMap> vectors;

	public ItemMatcher(List<ItemText> items) {
		this.items = List.copyOf(items);
		List<LongIntMap> counts = this.items.stream().map(i -> counts(i.text())).toList();
		this.vocabulary = Vocabulary.fit(counts, 1, new double[] { 0, 1, 0, 1 });
		this.vectors = new ArrayList<>();
		for (LongIntMap c : counts) {
			vectors.add(sparse(c));
		}
	}

	public int size() {
		return items.size();
	}

	/** Every item with a similarity above zero, most similar first. */
	public List<Match> rank(String text) {
		LongIntMap query = sparse(counts(text));
		List<Match> out = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			double similarity = dot(query, vectors.get(i));
			if (similarity > 0) {
				out.add(new Match(items.get(i).code(), items.get(i).domain(), similarity));
			}
		}
		out.sort(Comparator.comparingDouble(Match::similarity).reversed());
		return out;
	}

	/**
	 * Numbers (part codes in descriptions, house numbers in requests) say nothing about the kind of problem: they
	 * break character n-grams and are no words. The words come from the text as it is, so that the domain model's
	 * segmentation of the same request is reused ({@link TextFeatures#words}).
	 */
	private static LongIntMap counts(String text) {
		return FEATURES.counts(withoutDigits(TextFeatures.normalise(text)), text);
	}

	private static String withoutDigits(String normalised) {
		return normalised.replace('#', ' ');
	}

	/** The normalised vector as term index → value in millionths (ints keep the map primitive). */
	private LongIntMap sparse(LongIntMap counts) {
		LongIntMap out = new LongIntMap(counts.size());
		for (var feature : vocabulary.vector(counts)) {
			out.put(feature.getIndex(), (int) Math.round(feature.getValue() * 1_000_000));
		}
		return out;
	}

	private static double dot(LongIntMap a, LongIntMap b) {
		LongIntMap small = a.size() <= b.size() ? a : b;
		LongIntMap large = small == a ? b : a;
		double[] sum = { 0 };
		small.forEach((key, value) -> sum[0] += (double) value * large.get(key, 0));
		return sum[0] / 1e12;
	}
}
