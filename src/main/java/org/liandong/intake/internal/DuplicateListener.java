package org.liandong.intake.internal;

import org.liandong.workorder.WorkOrderEvent;
import org.liandong.workorder.WorkOrders;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Looks for duplicates of every order taken in, on any channel, after its transaction committed, and stores the
 * proposals for the console and the dispatcher. Idempotent: a repeated delivery stores nothing new.
 */
@Component
class DuplicateListener {

	private final WorkOrders orders;
	private final DuplicateFinder finder;
	private final DuplicateProposals proposals;

	DuplicateListener(WorkOrders orders, DuplicateFinder finder, DuplicateProposals proposals) {
		this.orders = orders;
		this.finder = finder;
		this.proposals = proposals;
	}

	/**
	 * As an application-module listener (an outbox row, after the commit, on the task executor), but without a
	 * transaction of its own around the search: its reads need none, and most orders have no proposal to store
	 * ({@link DuplicateProposals#store} then opens one). Per intake that is a {@code BEGIN} and a {@code COMMIT} less
	 * for most orders.
	 */
	@Async
	@TransactionalEventListener
	void on(WorkOrderEvent.Received event) {
		// the order as taken in (from memory, moments after its commit), with the caller's phone for their orders
		orders.takenIn(event.orderId())
			.ifPresent(t -> proposals.store(t.order().id(), finder.find(t.order(), t.citizenPhone())));
	}

	/** A merge, by any door, settles the proposal it followed. */
	@ApplicationModuleListener
	void on(WorkOrderEvent.Merged event) {
		proposals.markMerged(event.orderId(), event.masterId());
	}
}
