package org.liandong.triage.internal.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import de.bwaldvogel.liblinear.Feature;

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

	/**
	 * Inverted lists: for term index {@code t}, the items having it ({@code postingItems[t]}) and its weight in each
	 * item's normalised vector in millionths ({@code postingWeights[t]}). A request touches only the items that
	 * share a term with it, instead of every item's vector.
	 */
	private final int[][] postingItems;

	private final int[][] postingWeights;

	public ItemMatcher(List<ItemText> items) {
		this.items = List.copyOf(items);
		List<LongIntMap> counts = this.items.stream().map(i -> counts(i.text())).toList();
		this.vocabulary = Vocabulary.fit(counts, 1, new double[] { 0, 1, 0, 1 });
		int[] lengths = new int[vocabulary.size()];
		List<Feature[]> vectors = new ArrayList<>();
		for (LongIntMap c : counts) {
			Feature[] vector = vocabulary.vector(c);
			vectors.add(vector);
			for (Feature f : vector) {
				lengths[f.getIndex() - 1]++;
			}
		}
		postingItems = new int[lengths.length][];
		postingWeights = new int[lengths.length][];
		for (int t = 0; t < lengths.length; t++) {
			postingItems[t] = new int[lengths[t]];
			postingWeights[t] = new int[lengths[t]];
		}
		int[] filled = new int[lengths.length];
		for (int i = 0; i < vectors.size(); i++) {
			for (Feature f : vectors.get(i)) {
				int t = f.getIndex() - 1;
				postingItems[t][filled[t]] = i;
				postingWeights[t][filled[t]++] = millionths(f.getValue());
			}
		}
	}

	public int size() {
		return items.size();
	}

	/** Every item with a similarity above zero, most similar first. */
	public List<Match> rank(String text) {
		return rank(text, 0);
	}

	/** The items with a similarity above zero and at least {@code minSimilarity}, most similar first. */
	public List<Match> rank(String text, double minSimilarity) {
		double[] similarities = similarities(text);
		List<Match> out = new ArrayList<>();
		for (int i = 0; i < similarities.length; i++) {
			if (similarities[i] > 0 && similarities[i] >= minSimilarity) {
				out.add(new Match(items.get(i).code(), items.get(i).domain(), similarities[i]));
			}
		}
		out.sort(Comparator.comparingDouble(Match::similarity).reversed());
		return out;
	}

	/** The item at an index of {@link #similarities}. */
	public ItemText item(int index) {
		return items.get(index);
	}

	/** Each item's similarity to the request, in [0, 1], by the item's index ({@link #item}). */
	public double[] similarities(String text) {
		return similarities(counts(text));
	}

	/**
	 * The same as {@link #similarities(String)} for a text the domain model has featurised, without featurising it
	 * again when the model's features include the matcher's ({@link TextFeatures#covers}).
	 */
	public double[] similarities(DomainModel.Featurised text) {
		return text.model().covers(FEATURES) ? similarities(text.counts()) : similarities(text.text());
	}

	private double[] similarities(LongIntMap counts) {
		// integer products summed in a double are exact at these magnitudes, so the order of addition does not matter
		double[] dots = new double[items.size()];
		vocabulary.weighted(counts, (t, value) -> {
			double q = millionths(value);
			int[] ids = postingItems[t];
			int[] weights = postingWeights[t];
			for (int j = 0; j < ids.length; j++) {
				dots[ids[j]] += q * weights[j];
			}
		});
		for (int i = 0; i < dots.length; i++) {
			dots[i] /= 1e12;
		}
		return dots;
	}

	private static int millionths(double value) {
		return (int) Math.round(value * 1_000_000);
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

}
