package org.liandong.evaluation.internal;

import java.util.ArrayList;
import java.util.List;

import org.liandong.workorder.WorkOrderEvent;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the rate read model current: each rate-relevant work-order event is logged once and its order's facts are
 * rebuilt from the order's whole log under the order's lock. Idempotent (a redelivered event changes nothing) and
 * independent of delivery order.
 * <p>
 * Cost per event (docs/evaluation.md § Read model): events the counting rules do not read, the intake among them,
 * are not delivered here at all (the listener's condition, which the event publication registry evaluates before it
 * stores a publication: no outbox row, no transaction); any other event takes the lock (one statement), appends
 * itself (one), reads the order's log (one) and writes the facts only when they changed: one batch insert for an
 * order's first facts, else a delete and a batch insert.
 */
@Component
class RateReadModel {

	private final EventLog log;
	private final FactStore facts;

	RateReadModel(EventLog log, FactStore facts) {
		this.log = log;
		this.facts = facts;
	}

	@ApplicationModuleListener(condition = "T(org.liandong.evaluation.internal.EventLog).records(#event)")
	void on(WorkOrderEvent event) {
		record(event);
	}

	/** Records the event in the caller's transaction (the listener's own, or a benchmark's). */
	@Transactional
	public void record(WorkOrderEvent event) {
		if (!EventLog.records(event)) {
			return;
		}
		boolean fresh = log.lock(event.orderId(), event instanceof WorkOrderEvent.Dispatched);
		if (!log.append(event)) {
			return;
		}
		List<WorkOrderEvent> events = log.events(event.orderId());
		OrderFacts.Result after = OrderFacts.of(events);
		if (fresh) {
			facts.insert(event.orderId(), after);
			return;
		}
		// The stored facts are those of the log without this event (every earlier change rebuilt them under the
		// lock): recomputing them in memory saves writing when the event changes no counter.
		List<WorkOrderEvent> before = new ArrayList<>(events);
		if (before.remove(event) && OrderFacts.of(before).equals(after)) {
			return;
		}
		facts.replace(event.orderId(), after);
	}
}
