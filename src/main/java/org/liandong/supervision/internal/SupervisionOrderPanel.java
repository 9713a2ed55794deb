package org.liandong.supervision.internal;

import java.util.Map;
import java.util.Optional;

import org.liandong.identity.Actor;
import org.liandong.shared.PageQuery;
import org.liandong.workorder.OrderPagePanel;
import org.liandong.workorder.WorkOrderSummary;
import org.springframework.stereotype.Component;

/**
 * 督办 and 催办 on an order's own page, for those who may (as the supervision page offers them,
 * {@link SupervisionService#maySupervise}, {@link SupervisionService#mayUrge}), on an order the service would accept
 * ({@link SupervisionService#supervisable}, {@link SupervisionService#urgeable}: open; to urge, with a lead unit):
 * the forms post to
 * {@code /supervision/orders/{id}/…} ({@link SupervisionPages}) and come back to the order's page, a refusal said in
 * the visitor's language with what was typed. The order's open supervision is listed above them.
 */
@Component
class SupervisionOrderPanel implements OrderPagePanel {

	/** How many of an order's open supervision records the panel lists. */
	private static final int LISTED = 20;

	private final SupervisionService service;

	SupervisionOrderPanel(SupervisionService service) {
		this.service = service;
	}

	@Override
	public Optional<Panel> panel(Actor actor, WorkOrderSummary order) {
		// only what the service would accept: no urging before the order has a lead unit (outside check)
		boolean supervise = SupervisionService.maySupervise(actor) && SupervisionService.supervisable(order);
		boolean urge = SupervisionService.mayUrge(actor) && SupervisionService.urgeable(order);
		if (!(supervise || urge)) {
			return Optional.empty();
		}
		return Optional.of(new Panel("supervision/order-panel", Map.of("orderId", order.id(), "canSupervise",
				supervise, "canUrge", urge, "back", SupervisionPages.orderPage(order.id()), "open",
				service.list(actor, null, true, order.id(), PageQuery.of(0, LISTED)).content())));
	}

	@Override
	public int order() {
		return 100;
	}
}
