package org.liandong.triage;

import org.liandong.workorder.WorkOrderSummary;

/**
 * Triage for a work order already taken in, as the dispatcher's console shows it: the order's text, address and
 * point; its region when intake recorded one (else the place resolved from address or text); and its item when it
 * has one (that item is routed, with confidence 1), else the item triage suggests. Answers are kept per order id
 * and version (and model version), and computed when an order is received, so a console of 1,000 orders does not
 * classify 1,000 texts on every load.
 */
public interface OrderTriage {

	TriageSuggestion suggest(WorkOrderSummary order);

	/**
	 * As {@link #suggest}, as for a new order: from its text and place only, whatever item it has. For an order its
	 * unit returned (退单): the item it was routed by may be what sent it to the wrong unit.
	 */
	TriageSuggestion suggestAsNew(WorkOrderSummary order);
}
