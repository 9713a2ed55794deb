package org.liandong.workbench.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Supplier;

import org.liandong.identity.Actor;
import org.liandong.shared.ForbiddenException;
import org.liandong.shared.InvalidRequestException;
import org.liandong.shared.NotFoundException;
import org.liandong.workorder.WorkOrderSummary;
import org.liandong.workorder.WorkOrders;
import org.springframework.stereotype.Component;

/**
 * A co-unit's opinion on an order it shares: written on the order's timeline (action {@code OPINION}, note
 * {@code <unit>: <opinion>}), where the lead unit reads it before replying. Used by the unit workbench and the API.
 */
@Component
class CoUnitOpinions {

	/** The longest opinion, in characters. */
	static final int MAX_LENGTH = 2000;

	/** An opinion as recorded. */
	record Opinion(String orderId, String unitCode, String opinion, Instant at) {
	}

	private final WorkOrders workOrders;

	private final Clock clock;

	CoUnitOpinions(WorkOrders workOrders, Clock clock) {
		this.workOrders = workOrders;
		this.clock = clock;
	}

	/**
	 * Records the opinion: 404 when the actor may not see the order, 403 when the actor is not a handler of one of
	 * its co-units, 400 for an empty or over-long opinion.
	 */
	Opinion give(Actor actor, String id, String opinion) {
		return give(actor, id, () -> opinion);
	}

	/**
	 * As {@link #give(Actor, String, String)}, with the opinion read only once the order's visibility (404) and the
	 * actor's rights (403) are checked: a malformed body answers 400 after them, not before.
	 */
	Opinion give(Actor actor, String id, Supplier<String> body) {
		WorkOrderSummary order = workOrders.find(id)
			.filter(o -> workOrders.isVisibleTo(actor, o.id()))
			.orElseThrow(() -> new NotFoundException("Work order " + id + " not found."));
		if (!Queues.isCoUnit(actor, order)) {
			throw new ForbiddenException("Only a co-unit's handler gives an opinion.");
		}
		String opinion = body.get();
		String text = opinion == null ? "" : opinion.strip();
		if (text.isEmpty() || text.length() > MAX_LENGTH) {
			throw new InvalidRequestException("opinion", "1–" + MAX_LENGTH + " characters");
		}
		workOrders.recordOnTimeline(order.id(), actor.username(), "OPINION", actor.unitCode() + ": " + text);
		return new Opinion(order.id(), actor.unitCode(), text, clock.instant());
	}

}
