package org.liandong.intake;

import java.util.Optional;

import org.liandong.workorder.Channel;

/**
 * Orders taken in through the citizen portal, and the portal's revisit links. The portal texts the citizen of a
 * portal order the receipt itself (number, query code and tracking link: the query code exists only at that moment,
 * it is stored as a hash); for the revisit message of every order, whatever its channel, the notification module
 * asks here for the link that lets the citizen answer the revisit online.
 */
public interface PortalOrders {

	/** The channel of the orders the portal takes in: an order of any other channel has no portal ticket. */
	Channel CHANNEL = Channel.WEB;

	/**
	 * The tracking and online-revisit link of an order taken in through the portal; empty for any other order, and
	 * without a look-up for an order of another channel than the portal's.
	 */
	Optional<String> trackLink(String orderId, Channel channel);

	/**
	 * The link by which the citizen answers one revisit round of any order online, without login or query code:
	 * signed, valid for a limited time (docs/security.md), with no personal data in it. {@code round} is the order's
	 * reopen count when its revisit begins.
	 */
	String revisitLink(String orderId, int round);
}
