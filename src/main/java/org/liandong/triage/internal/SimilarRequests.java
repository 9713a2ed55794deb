package org.liandong.triage.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.liandong.identity.Actor;
import org.liandong.identity.Role;
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
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Similar requests: the per-node {@link SimilarityIndex}, rebuilt from the database at start (through
 * {@link WorkOrders#search} as a system actor), kept current from {@link WorkOrderEvent.Received}, and caught up
 * every {@code refresh-interval} with orders that other nodes took in (their events stay on their node).
 */
@Component
@Order(400)
class SimilarRequests implements ApplicationRunner {

	/** Sees every order; never an actor of a request, only this module's own reads. */
	static final Actor SYSTEM = new Actor("system", "system", "系统", Role.ADMIN, null, null, Set.of());

	private static final Logger log = LoggerFactory.getLogger(SimilarRequests.class);

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final WorkOrders workOrders;

	private final Clock clock;

	private final SimilarityIndex index = new SimilarityIndex();

	SimilarRequests(WorkOrders workOrders, Clock clock) {
		this.workOrders = workOrders;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		int added = indexOrders(WorkOrderFilter.none());
		log.info("Similarity index: {} orders", added);
	}

	@ApplicationModuleListener
	void on(WorkOrderEvent.Received event) {
		workOrders.find(event.orderId()).ifPresent(this::put);
	}

	/** Orders of today and yesterday (Asia/Shanghai), in case another node took them in. */
	@Scheduled(fixedDelayString = "${liandong.triage.refresh-interval:PT1M}",
			initialDelayString = "${liandong.triage.refresh-interval:PT1M}")
	void catchUp() {
		LocalDate today = LocalDate.now(clock.withZone(ZONE));
		indexOrders(new WorkOrderFilter(null, null, null, null, null, null, null, today.minusDays(1),
				today.plusDays(1), null, null));
	}

	private int indexOrders(WorkOrderFilter filter) {
		int added = 0;
		for (int page = 0;; page++) {
			PageResult<WorkOrderSummary> result = workOrders.search(SYSTEM, filter, new PageQuery(page, 1000));
			result.content().forEach(this::put);
			added += result.content().size();
			if (page + 1 >= result.totalPages()) {
				return added;
			}
		}
	}

	private void put(WorkOrderSummary order) {
		index.put(order.id(), text(order));
	}

	static String text(WorkOrderSummary order) {
		String title = order.title() == null ? "" : order.title();
		String content = order.content() == null ? "" : order.content();
		return content.startsWith(title) ? content : title + "\n" + content;
	}

	/** The orders most like {@code order} that pass {@code keep}, best first, at most {@code size}. */
	List<Similar> similarTo(WorkOrderSummary order, int size, Predicate<WorkOrderSummary> keep) {
		return similarToText(text(order), order.id(), size, keep);
	}

	/** The orders most like the text that pass {@code keep}, best first, at most {@code size}. */
	List<Similar> similarToText(String text, String excludeId, int size, Predicate<WorkOrderSummary> keep) {
		List<Similar> out = new ArrayList<>();
		for (SimilarityIndex.Hit hit : index.similar(text, excludeId, Math.min(500, size * 5 + 20))) {
			if (out.size() >= size || hit.score() <= 0) {
				break;
			}
			workOrders.find(hit.id()).filter(keep).ifPresent(o -> out.add(new Similar(o.id(), o.number(),
					o.title(), hit.score(), o.status().name())));
		}
		return out;
	}

	int indexed() {
		return index.size();
	}

	/** One similar order (CONTRACT §5). */
	record Similar(String id, String number, String title, double score, String status) {
	}
}
