package org.liandong.triage.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.liandong.shared.ConflictException;
import org.liandong.triage.Triage;
import org.liandong.triage.TriageSuggestion;
import org.liandong.workorder.WorkOrderEvent;
import org.liandong.workorder.WorkOrderStatus;
import org.liandong.workorder.WorkOrderSummary;
import org.liandong.workorder.WorkOrders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Automatic dispatch ({@code liandong.triage.auto-dispatch.enabled}, off by default): an order taken in whose
 * suggestion names a lead unit with a confidence above the threshold is dispatched by the system actor, with the
 * item, the confidence and the reason in the timeline note. Anything less stays in the dispatcher's queue.
 */
@Component
class AutoDispatch {

	private static final Logger log = LoggerFactory.getLogger(AutoDispatch.class);

	private final Triage triage;

	private final WorkOrders workOrders;

	private final TriageProperties properties;

	AutoDispatch(Triage triage, WorkOrders workOrders, TriageProperties properties) {
		this.triage = triage;
		this.workOrders = workOrders;
		this.properties = properties;
	}

	/**
	 * An order taken in; called by {@link AutoDispatchListener}, which exists only while this is enabled. Only an
	 * order unchanged since its intake (its first version): the event may come again much later (delivered again at
	 * a restart or after a failure, docs/adr/0012), when the order is back in RECEIVED because a return was approved
	 * or a merge undone, or people have worked on it, and then the decision is theirs.
	 */
	void on(WorkOrderEvent.Received event) {
		if (properties.autoDispatch().enabled()) {
			workOrders.find(event.orderId())
				.filter(o -> o.status() == WorkOrderStatus.RECEIVED && o.version() == 0)
				.ifPresent(this::consider);
		}
	}

	/** Dispatches the order when the suggestion is confident enough; answers whether it did. */
	boolean consider(WorkOrderSummary order) {
		TriageSuggestion s = triage.suggest(SimilarRequests.text(order), order.address(), order.lat(), order.lon(),
				null);
		double threshold = properties.autoDispatch().threshold();
		if (s.leadUnitCode() == null || s.confidence() <= threshold) {
			return false;
		}
		Map<String, Object> body = new HashMap<>();
		body.put("leadUnitCode", s.leadUnitCode());
		body.put("coUnitCodes", s.coUnitCodes());
		if (order.itemCode() == null && s.itemCode() != null) {
			body.put("itemCode", s.itemCode());
		}
		body.put("version", order.version());
		body.put("note", String.format(Locale.ROOT, "自动派单 AUTO-DISPATCH: %s %s, confidence %.2f > %.2f, %s",
				s.itemCode(), s.itemName(), s.confidence(), threshold, s.placeReason()));
		try {
			workOrders.act(SimilarRequests.SYSTEM, order.id(), "dispatch", body);
			log.info("Order {} dispatched automatically to {} (confidence {})", order.number(), s.leadUnitCode(),
					s.confidence());
			return true;
		}
		catch (ConflictException | OptimisticLockingFailureException ex) {
			// a dispatcher was quicker, or the order changed (or the same event, delivered twice at once, dispatched
			// it): the decision made stands
			log.info("Order {} not dispatched automatically: {}", order.number(), ex.getMessage());
			return false;
		}
	}
}
