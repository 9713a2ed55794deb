package org.liandong.triage.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.liandong.directory.Directory;
import org.liandong.directory.Item;
import org.liandong.directory.Unit;
import org.liandong.shared.Redaction;
import org.liandong.shared.text.Simplified;
import org.liandong.triage.Places;
import org.liandong.triage.Places.Place;
import org.liandong.triage.Triage;
import org.liandong.triage.TriageSuggestion;
import org.liandong.triage.TriageSuggestion.Candidate;
import org.liandong.triage.internal.model.DomainModel;
import org.liandong.triage.internal.model.ItemMatcher;
import org.liandong.triage.internal.model.ItemMatcher.ItemText;
import org.springframework.stereotype.Service;

/**
 * Triage: the domain model says which domains are likely; the item matcher says which items the text resembles;
 * an item's score is its similarity weighted by its domain's probability. Confidence is the best item's share of
 * the top scores times its domain's probability, so unclear or meaningless text scores low.
 */
@Service
class TriageService implements Triage {

	/** Probability given to a domain the model does not know (items of that domain still compete by text). */
	private static final double UNKNOWN_DOMAIN = 0.05;

	/** Candidates shown: the best, and two alternatives. */
	private static final int SHOWN = 3;

	private final DomainClassifier classifier;

	private final ItemIndex items;

	private final Places places;

	private final Directory directory;

	private final TriageProperties properties;

	private final HistoryNeighbours history;

	TriageService(DomainClassifier classifier, ItemIndex items, Places places, Directory directory,
			TriageProperties properties, HistoryNeighbours history) {
		this.history = history;
		this.classifier = classifier;
		this.items = items;
		this.places = places;
		this.directory = directory;
		this.properties = properties;
	}

	@Override
	public TriageSuggestion suggest(String text, String address, Double lat, Double lon, String coordSystem) {
		return suggest(text, places.resolve(address != null ? address : text, lat, lon, coordSystem), null);
	}

	/**
	 * A suggestion for a text whose place is known; with {@code givenItem} (an order that already has its item) that
	 * item is routed, with confidence 1 (a person chose it), and the candidates still show what the text suggests.
	 */
	TriageSuggestion suggest(String text, Place place, Item givenItem) {
		// a text shown redacted (a list's, a unit's) is about the request, not the marks where numbers were; nor is
		// it about the district or street it names (经济 in 经济技术开发区 is no economic matter)
		text = places.withoutPlaceNames(Simplified.of(Redaction.withoutMarks(text)));
		DomainModel model = classifier.model();
		DomainModel.Featurised featurised = model != null ? model.featurise(text) : null;
		Map<String, Double> domains = domainProbabilities(featurised);
		List<Candidate> ranked = rankItems(text, featurised, domains);
		if (givenItem != null) {
			Routing routing = route(givenItem, place);
			return new TriageSuggestion(givenItem.domain(), givenItem.code(), givenItem.name(), routing.lead(),
					routing.coUnits(), place.regionCode(), place.gridCode(),
					routing.reason() != null ? routing.reason() : place.reason(), 1.0, ranked);
		}
		if (ranked.isEmpty()) {
			String domain = domains.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
				.orElse(null);
			double confidence = domains.getOrDefault(domain, 0.0) * 0.2;
			return new TriageSuggestion(domain, null, null, null, List.of(), place.regionCode(), place.gridCode(),
					place.reason(), round(confidence), List.of());
		}
		Candidate best = ranked.get(0);
		double second = ranked.size() > 1 ? ranked.get(1).score() : 0;
		double share = best.score() / (best.score() + second);
		double confidence = domains.getOrDefault(best.domain(), UNKNOWN_DOMAIN) * (0.5 + 0.5 * share);
		Item item = directory.item(best.itemCode()).orElseThrow();
		Routing routing = route(item, place);
		return new TriageSuggestion(best.domain(), item.code(), item.name(), routing.lead(), routing.coUnits(),
				place.regionCode(), place.gridCode(), routing.reason() != null ? routing.reason() : place.reason(),
				round(confidence), ranked);
	}

	private static Map<String, Double> domainProbabilities(DomainModel.Featurised text) {
		Map<String, Double> out = new HashMap<>();
		if (text != null) {
			text.classify().forEach(s -> out.put(s.label(), s.probability()));
		}
		return out;
	}

	/**
	 * The {@value #SHOWN} best items by text similarity weighted by their domain's probability, plus the votes of
	 * the nearest closed orders (an item confirmed for similar past requests gains up to {@code history-weight}).
	 * Every item is scored; only the best become candidates.
	 */
	private List<Candidate> rankItems(String text, DomainModel.Featurised featurised, Map<String, Double> domains) {
		Map<String, Double> votes = new HashMap<>(history.votes(text));
		ItemMatcher matcher = items.matcher();
		double[] similarities = featurised != null ? matcher.similarities(featurised) : matcher.similarities(text);
		List<Ranked> best = new ArrayList<>(SHOWN + 1);
		int order = 0;
		for (int i = 0; i < similarities.length; i++) {
			double similarity = similarities[i];
			if (similarity <= 0 || similarity < properties.minItemSimilarity()) {
				continue;
			}
			ItemText item = matcher.item(i);
			double p = domains.getOrDefault(item.domain(), UNKNOWN_DOMAIN);
			Double vote = votes.remove(item.code());
			double score = Math.min(1, similarity * (0.2 + p) + properties.historyWeight() * (vote == null ? 0 : vote));
			keepBest(best, new Ranked(round(score), similarity, i, item.code(), item.domain()));
		}
		for (Map.Entry<String, Double> vote : votes.entrySet()) {
			Optional<Item> item = directory.item(vote.getKey()).filter(Item::enabled);
			if (item.isPresent()) {
				keepBest(best, new Ranked(round(properties.historyWeight() * vote.getValue()), -1,
						similarities.length + order++, item.get().code(), item.get().domain()));
			}
		}
		return best.stream()
			.map(r -> new Candidate(r.code(), directory.item(r.code()).map(Item::name).orElse(r.code()), r.domain(),
					r.score()))
			.toList();
	}

	/** An item's score, with what breaks ties: the more similar text, then the item's place in the list. */
	private record Ranked(double score, double similarity, int order, String code, String domain) {

		boolean before(Ranked other) {
			if (score != other.score) {
				return score > other.score;
			}
			if (similarity != other.similarity) {
				return similarity > other.similarity;
			}
			return order < other.order;
		}
	}

	/** Inserts {@code ranked} in order into {@code best}, which keeps at most {@link #SHOWN}. */
	private static void keepBest(List<Ranked> best, Ranked ranked) {
		int at = best.size();
		while (at > 0 && ranked.before(best.get(at - 1))) {
			at--;
		}
		if (at < SHOWN) {
			best.add(at, ranked);
			if (best.size() > SHOWN) {
				best.remove(SHOWN);
			}
		}
	}

	private record Routing(String lead, List<String> coUnits, String reason) {
	}

	private Routing route(Item item, Place place) {
		Item.UnitRule rule = item.unitRule();
		if (rule == null) {
			return new Routing(null, List.of(), "NO_UNIT_RULE");
		}
		List<String> coUnits = rule.coUnitCodes() == null ? List.of() : rule.coUnitCodes();
		if (rule.type() != Item.UnitRuleType.LOCAL_STREET) {
			return new Routing(rule.unitCode(), coUnits, null);
		}
		if (!place.resolved()) {
			return new Routing(null, coUnits, place.reason());
		}
		Optional<Unit> office = directory.streetOfficeFor(place.regionCode());
		return office.map(u -> new Routing(u.code(), coUnits, null))
			.orElseGet(() -> new Routing(null, coUnits, place.reason() + ";PLACE_NOT_A_STREET"));
	}

	private static double round(double value) {
		return Math.round(value * 10000) / 10000.0;
	}
}
