package org.liandong.triage.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.liandong.triage.internal.model.LabelledText;
import org.liandong.shared.PageQuery;
import org.liandong.shared.PageResult;
import org.liandong.workorder.WorkOrderEvent;
import org.liandong.workorder.WorkOrderFilter;
import org.liandong.workorder.WorkOrderSummary;
import org.liandong.workorder.WorkOrders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The platform's own history: closed orders that carry an item (the item the handling confirmed). Their texts are
 * the nearest neighbours that vote for items in triage, and (with the item's domain as label) extra training
 * examples for scheduled retraining. Rebuilt at start, fed by {@link WorkOrderEvent.Closed}.
 */
@Component
@Order(410)
class HistoryNeighbours implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(HistoryNeighbours.class);

	/** Neighbours considered per request. */
	static final int K = 10;

	/** Neighbours less similar than this do not vote. */
	static final double MIN_SIMILARITY = 0.2;

	private final WorkOrders workOrders;

	private final SimilarityIndex index = new SimilarityIndex();

	private final Map<String, String> itemByOrder = new ConcurrentHashMap<>();

	private final Map<String, String> textByOrder = new ConcurrentHashMap<>();

	HistoryNeighbours(WorkOrders workOrders) {
		this.workOrders = workOrders;
	}

	@Override
	public void run(ApplicationArguments args) {
		WorkOrderFilter closed = new WorkOrderFilter("CLOSED", null, null, null, null, null, null, null, null, null,
				null);
		for (int page = 0;; page++) {
			PageResult<WorkOrderSummary> result = workOrders.search(SimilarRequests.SYSTEM, closed,
					new PageQuery(page, 1000));
			result.content().forEach(this::learn);
			if (page + 1 >= result.totalPages()) {
				break;
			}
		}
		log.info("Triage history: {} closed orders with an item", itemByOrder.size());
	}

	@ApplicationModuleListener
	void on(WorkOrderEvent.Closed event) {
		workOrders.find(event.orderId()).ifPresent(this::learn);
	}

	void learn(WorkOrderSummary order) {
		if (order.itemCode() != null && !order.itemCode().isBlank()) {
			learn(order.id(), SimilarRequests.text(order), order.itemCode());
		}
	}

	void learn(String orderId, String text, String itemCode) {
		index.put(orderId, text);
		itemByOrder.put(orderId, itemCode);
		textByOrder.put(orderId, text);
	}

	/** Each item's share of the neighbours' similarity, in [0, 1]; empty without close enough neighbours. */
	Map<String, Double> votes(String text) {
		Map<String, Double> votes = new HashMap<>();
		if (itemByOrder.isEmpty()) {
			return votes;
		}
		double total = 0;
		for (SimilarityIndex.Hit hit : index.similar(text, null, K)) {
			String item = itemByOrder.get(hit.id());
			if (hit.score() >= MIN_SIMILARITY && item != null) {
				votes.merge(item, hit.score(), Double::sum);
				total += hit.score();
			}
		}
		double sum = total;
		votes.replaceAll((k, v) -> v / sum);
		return votes;
	}

	/** The history as labelled examples, each labelled by {@code labelOf(itemCode)} (null: left out). */
	List<LabelledText> examples(java.util.function.Function<String, String> labelOf) {
		List<LabelledText> out = new ArrayList<>();
		itemByOrder.forEach((id, item) -> {
			String label = labelOf.apply(item);
			if (label != null) {
				out.add(new LabelledText(textByOrder.get(id), label));
			}
		});
		return out;
	}

	int size() {
		return itemByOrder.size();
	}
}
