package org.liandong.intake;

import java.util.Optional;

import org.liandong.workorder.Channel;

/**
 * Orders taken in through the citizen portal. The portal texts the citizen the receipt itself (number, query code
 * and tracking link: the query code exists only at that moment, it is stored as a hash); for every later message
 * the notification module asks here for the link that lets the citizen answer the revisit online.
 */
public interface PortalOrders {

	/** The channel of the orders the portal takes in: an order of any other channel has no portal ticket. */
	Channel CHANNEL = Channel.WEB;

	/**
	 * The tracking and online-revisit link of an order taken in through the portal; empty for any other order, and
	 * without a look-up for an order of another channel than the portal's.
	 */
	Optional<String> trackLink(String orderId, Channel channel);
}
