package org.liandong.triage.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.liandong.directory.Directory;
import org.liandong.directory.Item;
import org.liandong.triage.OrderTriage;
import org.liandong.triage.Places;
import org.liandong.triage.Places.Place;
import org.liandong.triage.TriageSuggestion;
import org.liandong.workorder.WorkOrderSummary;
import org.springframework.stereotype.Component;

/**
 * {@link OrderTriage} with a cache per order: an entry holds for the order's version and the model's version (a
 * changed order or a newer model means a new suggestion). Suggestions are made when the console first shows an
 * order, not at intake: a suggestion costs a couple of milliseconds of CPU (Chinese segmentation, the model, the
 * item ranking), which every intake would pay, at up to a thousand orders a second, for the few the console shows
 * before they are dispatched.
 */
@Component
class OrderSuggestions implements OrderTriage {

	/** Past this many entries the cache starts over (received orders are far fewer; closed ones linger). */
	static final int MAX_ENTRIES = 20_000;

	private final TriageService triage;

	private final Places places;

	private final Directory directory;

	private final DomainClassifier classifier;

	private final Map<String, Entry> cache = new ConcurrentHashMap<>();

	/** A suggestion for an order's version and the model's, with the order's item or as for a new order. */
	private record Entry(int orderVersion, long modelVersion, boolean withItem, TriageSuggestion suggestion) {
	}

	OrderSuggestions(TriageService triage, Places places, Directory directory, DomainClassifier classifier) {
		this.triage = triage;
		this.places = places;
		this.directory = directory;
		this.classifier = classifier;
	}

	@Override
	public TriageSuggestion suggest(WorkOrderSummary order) {
		return suggest(order, true);
	}

	@Override
	public TriageSuggestion suggestAsNew(WorkOrderSummary order) {
		return suggest(order, false);
	}

	private TriageSuggestion suggest(WorkOrderSummary order, boolean withItem) {
		long model = classifier.version();
		Entry entry = cache.get(order.id());
		if (entry != null && entry.orderVersion() == order.version() && entry.modelVersion() == model
				&& entry.withItem() == withItem) {
			return entry.suggestion();
		}
		TriageSuggestion suggestion = compute(order, withItem);
		if (cache.size() >= MAX_ENTRIES) {
			cache.clear();
		}
		cache.put(order.id(), new Entry(order.version(), model, withItem, suggestion));
		return suggestion;
	}

	private TriageSuggestion compute(WorkOrderSummary order, boolean withItem) {
		String text = SimilarRequests.text(order);
		Place place = order.regionCode() != null ? new Place(order.regionCode(), order.gridCode(), "ORDER_REGION")
				: places.resolve(order.address() != null ? order.address() : text, order.lat(), order.lon(), null);
		Item item = !withItem || order.itemCode() == null ? null : directory.item(order.itemCode()).orElse(null);
		return triage.suggest(text, place, item);
	}

	int size() {
		return cache.size();
	}
}
