package org.liandong.workorder;

/**
 * Redacts texts about orders that are not the orders' own record and reach many units and roles: whistle
 * descriptions, reports, close notes and rating comments, supervision reasons, urge notes, every notification's text.
 * Every reader reads them as a list shows an order's text ({@code shared.Redaction}): without the order's own citizen
 * name and phone number, however written, nor any other phone, ID number, e-mail address or introduced name. Obtained
 * from {@link WorkOrders#sharedTexts} for the orders a page or an answer speaks of; the stored texts never change.
 */
@FunctionalInterface
public interface SharedTexts {

	/**
	 * The text as every reader reads it.
	 *
	 * @param orderId the order the text is about (its id); null, or an order not asked for, removes the patterns
	 *        only (no known citizen)
	 * @param text the text as stored; null answers null
	 */
	String redact(String orderId, String text);
}
