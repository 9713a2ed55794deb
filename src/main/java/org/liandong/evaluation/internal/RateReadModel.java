package org.liandong.evaluation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.liandong.workorder.WorkOrderEvent;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the rate read model current: each rate-relevant work-order event is logged once and its order's facts are
 * rebuilt from the order's whole log under the order's lock. Idempotent (a redelivered event changes nothing) and
 * independent of delivery order.
 * <p>
 * Cost per event (docs/evaluation.md § Read model): events the counting rules do not read, the intake among them,
 * are not delivered here at all (the listener's declared event types, which the event publication registry matches
 * before it stores a publication: no outbox row, no transaction); any other event takes the lock (one statement), appends
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

	/**
	 * The event kinds the counting rules read ({@link EventLog#RELEVANT} is this list); the others (extensions,
	 * shelving, verification) are not delivered, and neither is the intake ({@code Received}): facts start at a
	 * dispatch, which carries the order's place and item itself, so an intake changes no fact (logs written before
	 * this still hold intakes; {@link OrderFacts} reads them as before). A close is read: one with no answer of the
	 * citizen on record counts as a dissatisfied revisit (docs/evaluation.md).
	 * <p>
	 * What {@code @ApplicationModuleListener} declares (asynchronous, in a transaction of its own, after the
	 * publisher's commit, through the event publication registry), with the event kinds as types to listen to, not
	 * as a condition: the registry matches a type without evaluating an expression for every event published.
	 */
	@Async
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	@TransactionalEventListener(classes = { WorkOrderEvent.Answered.class, WorkOrderEvent.Dispatched.class,
			WorkOrderEvent.Signed.class, WorkOrderEvent.CitizenContacted.class, WorkOrderEvent.ReturnDecided.class,
			WorkOrderEvent.Replied.class, WorkOrderEvent.Revisited.class, WorkOrderEvent.Reopened.class,
			WorkOrderEvent.Closed.class, WorkOrderEvent.Merged.class, WorkOrderEvent.Unmerged.class, WorkOrderEvent.Cancelled.class,
			WorkOrderEvent.DeadlineFlagged.class })
	void on(WorkOrderEvent event) {
		record(event);
	}

	/** The event kinds {@link #on} is declared for. */
	static Set<Class<?>> declaredEvents() {
		try {
			return Set.of(RateReadModel.class.getDeclaredMethod("on", WorkOrderEvent.class)
				.getAnnotation(TransactionalEventListener.class)
				.classes());
		}
		catch (NoSuchMethodException e) {
			throw new IllegalStateException(e);
		}
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
