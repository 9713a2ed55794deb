package org.liandong.workbench.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.liandong.directory.Directory;
import org.liandong.directory.Unit;
import org.liandong.identity.Actor;
import org.liandong.shared.PageQuery;
import org.liandong.triage.OrderTriage;
import org.liandong.triage.TriageSuggestion;
import org.liandong.workorder.Urgency;
import org.liandong.workorder.WorkOrderFilter;
import org.liandong.workorder.WorkOrderSummary;
import org.liandong.workorder.WorkOrders;
import org.springframework.stereotype.Component;

/** The queues of the working pages, read through {@link WorkOrders#search}. */
@Component
class Queues {

	private static final Map<Urgency, Integer> RANK = Map.of(Urgency.CRITICAL, 0, Urgency.URGENT, 1, Urgency.COMPLEX,
			2, Urgency.NORMAL, 3);

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
	 * that item routed), falling back to the street office of the order's region when triage names no lead unit.
	 *
	 * @param itemCode the order's item, else triage's
	 */
	record Suggested(WorkOrderSummary order, String leadUnitCode, String leadUnitName, List<String> coUnitCodes,
			String itemCode, TriageSuggestion triage) {
	}

	List<WorkOrderSummary> byStatus(Actor actor, String status) {
		return workOrders
			.search(actor, new WorkOrderFilter(status, null, null, null, null, null, null, null, null, null, null),
					new PageQuery(0, 1000))
			.content();
	}

	/** Received orders, most urgent first, then oldest first. */
	List<Suggested> received(Actor actor) {
		return byStatus(actor, "RECEIVED").stream()
			.sorted(Comparator.comparing((WorkOrderSummary o) -> RANK.getOrDefault(o.urgency(), 9))
				.thenComparing(WorkOrderSummary::createdAt))
			.map(this::suggest)
			.toList();
	}

	Suggested suggest(WorkOrderSummary o) {
		TriageSuggestion s = triage.suggest(o);
		String lead = s.leadUnitCode() != null ? s.leadUnitCode()
				: o.regionCode() == null ? null
						: directory.streetOfficeFor(o.regionCode()).map(Unit::code).orElse(null);
		String name = lead == null ? null : directory.unit(lead).map(Unit::name).orElse(lead);
		return new Suggested(o, lead, name, s.coUnitCodes(), o.itemCode() != null ? o.itemCode() : s.itemCode(), s);
	}

	/** In-progress orders with an undecided extension request. */
	List<WorkOrderSummary> pendingExtensions(Actor actor) {
		return byStatus(actor, "IN_PROGRESS").stream()
			.filter(o -> workOrders.pendingExtension(o.id()).isPresent())
			.toList();
	}

	/** The unit's open orders, red (overdue) first, then yellow (warned), then by due time. */
	List<WorkOrderSummary> unitOrders(Actor actor) {
		return byStatus(actor, "DISPATCHED,IN_PROGRESS,RETURN_PENDING,VERIFYING,REVISITING,SHELVED").stream()
			.sorted(Comparator.comparing((WorkOrderSummary o) -> o.overdue() ? 0 : o.warned() ? 1 : 2)
				.thenComparing(o -> o.dueAt() == null ? java.time.Instant.MAX : o.dueAt()))
			.toList();
	}

	static String colour(WorkOrderSummary o) {
		return o.overdue() ? "red" : o.warned() ? "yellow" : "green";
	}

	static boolean isCoUnit(Actor actor, WorkOrderSummary o) {
		return actor.unitCode() != null && !actor.unitCode().equals(o.leadUnitCode())
				&& Set.copyOf(o.coUnitCodes()).contains(actor.unitCode());
	}
}
