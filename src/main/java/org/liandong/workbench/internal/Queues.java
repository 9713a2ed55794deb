package org.liandong.workbench.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.liandong.directory.Directory;
import org.liandong.directory.Unit;
import org.liandong.identity.Actor;
import org.liandong.shared.PageQuery;
import org.liandong.shared.PageResult;
import org.liandong.triage.OrderTriage;
import org.liandong.triage.TriageSuggestion;
import org.liandong.workorder.EarlierRouting;
import org.liandong.workorder.ExtensionRequest;
import org.liandong.workorder.QueueOrder;
import org.liandong.workorder.WorkOrderFilter;
import org.liandong.workorder.WorkOrderStatus;
import org.liandong.workorder.WorkOrderSummary;
import org.liandong.workorder.WorkOrders;
import org.springframework.stereotype.Component;

/** The queues of the working pages, read through {@link WorkOrders#search}. */
@Component
class Queues {

	private final WorkOrders workOrders;
	private final Directory directory;
	private final OrderTriage triage;

	Queues(WorkOrders workOrders, Directory directory, OrderTriage triage) {
		this.workOrders = workOrders;
		this.directory = directory;
		this.triage = triage;
	}

	/**
	 * A received order with its routing as the console fills it in: triage's suggestion (for an order with an item,
	 * that item routed), falling back to the street office of the order's region when triage names no lead unit. An
	 * order its unit returned is suggested as a new one (from its text and place, not the item it was routed by), and
	 * never to the unit that returned it: the lead unit is left empty when that is the one triage names.
	 *
	 * @param itemCode the order's item, else triage's; for a returned order triage's, else the order's
	 * @param earlier how the order was routed before, when it was (null for an order never dispatched)
	 * @param returnerSuggested whether triage named the unit that returned the order, left out of the routing
	 */
	record Suggested(WorkOrderSummary order, String leadUnitCode, String leadUnitName, List<String> coUnitCodes,
			String itemCode, TriageSuggestion triage, EarlierRouting earlier, boolean returnerSuggested) {

		/** Whether the order is back in the queue because its unit returned it. */
		public boolean returned() {
			return earlier != null && earlier.returned();
		}
	}

	/** How many orders a queue shows at most; the page says how many more there are. */
	static final int SHOWN = 500;

	/**
	 * The orders in these states, the latest first (overdue, warned, then by deadline): a queue's first page is what
	 * to act on first, however many orders there are; narrowed to the orders a search finds (an order's number, or
	 * words of its title, content or address; as {@code q} of {@code GET /api/v1/work-orders}), when one is given.
	 */
	PageResult<WorkOrderSummary> byStatus(Actor actor, String status, String q) {
		return workOrders.queue(actor, filter(status, q), QueueOrder.MOST_LATE, new PageQuery(0, SHOWN));
	}

	/**
	 * Received orders, most urgent first, then oldest first (with how many there are in all), narrowed to a search
	 * when one is given.
	 */
	PageResult<Suggested> received(Actor actor, String q) {
		PageResult<WorkOrderSummary> page = workOrders.queue(actor, filter("RECEIVED", q),
				QueueOrder.MOST_URGENT_OLDEST, new PageQuery(0, SHOWN));
		Map<String, EarlierRouting> earlier = workOrders
			.earlierRoutings(page.content().stream().map(WorkOrderSummary::id).toList());
		return page.map(o -> suggest(o, earlier.get(o.id())));
	}

	/** A console's search: blank is none. */
	static String search(String q) {
		return q == null || q.isBlank() ? null : q.strip();
	}

	private static WorkOrderFilter filter(String status, String q) {
		return new WorkOrderFilter(status, null, null, null, null, null, null, null, null, search(q), null);
	}

	/** The order's routing as the console suggests it, with how it was routed before (one read for this order). */
	Suggested suggest(WorkOrderSummary o) {
		return suggest(o, workOrders.earlierRoutings(List.of(o.id())).get(o.id()));
	}

	private Suggested suggest(WorkOrderSummary o, EarlierRouting earlier) {
		String returner = earlier != null && earlier.returned() ? earlier.leadUnitCode() : null;
		TriageSuggestion s = returner != null ? triage.suggestAsNew(o) : triage.suggest(o);
		String lead = s.leadUnitCode() != null ? s.leadUnitCode()
				: o.regionCode() == null ? null
						: directory.streetOfficeFor(o.regionCode()).map(Unit::code).orElse(null);
		boolean returnerSuggested = returner != null && returner.equals(lead);
		if (returnerSuggested) {
			lead = null;
		}
		String name = lead == null ? null : directory.unitName(lead);
		List<String> co = returner == null ? s.coUnitCodes()
				: s.coUnitCodes().stream().filter(c -> !c.equals(returner)).toList();
		String item = returner != null ? (s.itemCode() != null ? s.itemCode() : o.itemCode())
				: o.itemCode() != null ? o.itemCode() : s.itemCode();
		return new Suggested(o, lead, name, co, item, s, earlier, returnerSuggested);
	}

	/** In-progress orders with an undecided extension request, and their requests. */
	record Extensions(List<WorkOrderSummary> orders, Map<String, ExtensionRequest> requests) {
	}

	/** In-progress orders with an undecided extension request (among the latest {@link #SHOWN}), in two reads. */
	Extensions pendingExtensions(Actor actor, String q) {
		List<WorkOrderSummary> inProgress = byStatus(actor, "IN_PROGRESS", q).content();
		Map<String, ExtensionRequest> requests = workOrders
			.pendingExtensions(inProgress.stream().map(WorkOrderSummary::id).toList());
		return new Extensions(inProgress.stream().filter(o -> requests.containsKey(o.id())).toList(), requests);
	}

	/**
	 * The unit's open orders, red first (overdue, or not signed past the sign deadline), then yellow (warned), then by
	 * due time.
	 */
	PageResult<WorkOrderSummary> unitOrders(Actor actor, String q) {
		return byStatus(actor, "DISPATCHED,IN_PROGRESS,RETURN_PENDING,VERIFYING,REVISITING,SHELVED", q);
	}

	/**
	 * An order's colour on the unit workbench: red when a deadline the unit must meet now is breached (the handling
	 * deadline, or the sign deadline of an order not signed yet), yellow when the handling deadline warned, else green.
	 */
	static String colour(WorkOrderSummary o) {
		return o.overdue() || signBreached(o) ? "red" : o.warned() ? "yellow" : "green";
	}

	/** Whether the unit has still to sign the order (待签收): its sign deadline is the one that runs first. */
	static boolean awaitingSignature(WorkOrderSummary o) {
		return o.status() == WorkOrderStatus.DISPATCHED;
	}

	/** Whether the order waits for the unit's signature past its sign deadline (签收超期). */
	static boolean signBreached(WorkOrderSummary o) {
		return awaitingSignature(o) && o.signOverdue();
	}

	static boolean isCoUnit(Actor actor, WorkOrderSummary o) {
		return actor.unitCode() != null && !actor.unitCode().equals(o.leadUnitCode())
				&& Set.copyOf(o.coUnitCodes()).contains(actor.unitCode());
	}
}
