package org.liandong.evaluation.internal;

import org.liandong.workorder.WorkOrderEvent;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the rate read model current: each rate-relevant work-order event is logged once and its order's facts are
 * rebuilt from the order's whole log under the order's lock. Idempotent (a redelivered event changes nothing) and
 * independent of delivery order.
 */
@Component
class RateReadModel {

	private final EventLog log;
	private final FactStore facts;

	RateReadModel(EventLog log, FactStore facts) {
		this.log = log;
		this.facts = facts;
	}

	@ApplicationModuleListener
	void on(WorkOrderEvent event) {
		record(event);
	}

	/** Records the event in the caller's transaction (the listener's own, or a benchmark's). */
	@Transactional
	public void record(WorkOrderEvent event) {
		if (!EventLog.RELEVANT.contains(event.getClass())) {
			return;
		}
		log.lock(event.orderId());
		if (!log.append(event)) {
			return;
		}
		if (event instanceof WorkOrderEvent.Received) {
			// Facts start at a dispatch, and every dispatch carries the order's place and item itself: an intake
			// event alone never changes them (this keeps the read model's cost on intake small).
			return;
		}
		facts.replace(event.orderId(), OrderFacts.of(log.events(event.orderId())));
	}
}
