package org.liandong.triage.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.liandong.identity.Actor;
import org.liandong.identity.Actors;
import org.liandong.shared.InvalidRequestException;
import org.liandong.shared.NotFoundException;
import org.liandong.workorder.WorkOrderSummary;
import org.liandong.workorder.WorkOrders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

/**
 * {@code GET /api/v1/work-orders/{id}/similar?size=} (CONTRACT §5): 404 when the caller may not see the order, and
 * only orders the caller may see in the answer. (The work-order controller maps no other GET of this shape.)
 */
@RestController
class SimilarController {

	private static final int MAX_SIZE = 100;

	private final SimilarRequests similar;

	private final WorkOrders workOrders;

	SimilarController(SimilarRequests similar, WorkOrders workOrders) {
		this.similar = similar;
		this.workOrders = workOrders;
	}

	@Operation(summary = "Orders similar to this one (CONTRACT §5), best first; size at most 100")
	@GetMapping("/api/v1/work-orders/{id}/similar")
	List<SimilarRequests.Similar> similar(@PathVariable String id, @RequestParam(defaultValue = "10") int size) {
		Actor actor = Actors.current();
		if (!workOrders.isVisibleTo(actor, id)) {
			throw new NotFoundException("No work order " + id);
		}
		WorkOrderSummary order = workOrders.find(id).orElseThrow(() -> new NotFoundException("No work order " + id));
		if (size < 1) {
			throw new InvalidRequestException("size", "size must be 1 or more (at most " + MAX_SIZE
					+ " are answered).");
		}
		int n = Math.min(MAX_SIZE, size);
		// each title as the caller may read it (a confidential order's without its citizen for a unit's handler),
		// the similar orders read again in one statement
		List<SimilarRequests.Similar> found = similar.similarTo(order, n, o -> workOrders.isVisibleTo(actor, o.id()));
		Map<String, String> titles = workOrders.findAllAsReadBy(actor, found.stream().map(SimilarRequests.Similar::id)
			.toList()).stream().collect(Collectors.toMap(WorkOrderSummary::id, WorkOrderSummary::title, (a, b) -> a));
		return found.stream()
			.map(s -> new SimilarRequests.Similar(s.id(), s.number(), titles.getOrDefault(s.id(), s.title()), s.score(),
					s.status()))
			.toList();
	}
}
