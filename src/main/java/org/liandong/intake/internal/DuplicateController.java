package org.liandong.intake.internal;

import java.time.Instant;
import java.util.List;

import org.liandong.identity.Actor;
import org.liandong.identity.Actors;
import org.liandong.shared.NotFoundException;
import org.liandong.workorder.WorkOrderStatus;
import org.liandong.workorder.WorkOrders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

/**
 * {@code GET /api/v1/work-orders/{id}/duplicates}: the open orders the order probably duplicates, best first,
 * found again on demand and stored beside the proposals made at intake. Merging is the work order's own
 * {@code merge} action ({@code masterId} = a candidate's id).
 */
@RestController
class DuplicateController {

	private final WorkOrders orders;
	private final DuplicateService duplicates;

	DuplicateController(WorkOrders orders, DuplicateService duplicates) {
		this.orders = orders;
		this.duplicates = duplicates;
	}

	/** One proposed master: its id, number, title and state, the score and why it was proposed. */
	record DuplicateView(String id, String number, String title, WorkOrderStatus status, double score,
			String reason, String proposal, Instant proposedAt) {
	}

	@Operation(summary = "The order's duplicate-check proposals (similar open orders of the same place)")
	@GetMapping("/api/v1/work-orders/{id}/duplicates")
	List<DuplicateView> duplicates(@PathVariable String id) {
		Actor actor = Actors.current();
		if (!orders.isVisibleTo(actor, id)) {
			throw new NotFoundException("Work order " + id + " not found.");
		}
		return duplicates.refresh(id).stream().filter(v -> orders.isVisibleTo(actor, v.id())).toList();
	}
}
