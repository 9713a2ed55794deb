package org.liandong.evaluation.internal;

import java.time.Clock;

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
	private final Clock clock;

	RateReadModel(EventLog log, FactStore facts, Clock clock) {
		this.log = log;
		this.facts = facts;
		this.clock = clock;
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
		facts.replace(event.orderId(), OrderFacts.of(log.events(event.orderId())));
		log.touched(event.orderId(), clock.instant());
	}
}
