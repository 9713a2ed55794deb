package org.liandong.workorder;

import java.util.Map;
import java.util.Optional;

import org.liandong.identity.Actor;

/**
 * A panel another module adds to an order's page ({@code /work-orders/{id}}), contributed as a bean: the page belongs
 * to this module, the panel's content and the endpoints its forms post to belong to the contributing module (the
 * supervision module's 督办 and 催办 forms, say). The page shows, in the column of the actions, the panels of every
 * contributor that answers one for this user and order, in {@link #order()} order.
 */
public interface OrderPagePanel {

	/**
	 * The panel for this user on this order, or empty when it has nothing for them there (a right they lack, an order
	 * in a state that does not allow it).
	 */
	Optional<Panel> panel(Actor actor, WorkOrderSummary order);

	/** Where the panel goes among others: lower first. */
	default int order() {
		return 0;
	}

	/**
	 * A fragment {@code panel(p)} of the contributing module's template, inserted with {@code p} the given values.
	 *
	 * @param template the template's name, e.g. {@code supervision/order-panel}
	 */
	record Panel(String template, Map<String, Object> values) {
	}
}
