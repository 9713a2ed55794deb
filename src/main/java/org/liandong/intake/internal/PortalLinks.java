package org.liandong.intake.internal;

import java.util.Optional;

import org.liandong.intake.PortalOrders;
import org.liandong.workorder.Channel;
import org.springframework.stereotype.Component;

/** Links of portal orders for messages sent by other modules (the notification module's revisit text). */
@Component
class PortalLinks implements PortalOrders {

	private final PortalTickets tickets;
	private final IntakeProperties properties;

	PortalLinks(PortalTickets tickets, IntakeProperties properties) {
		this.tickets = tickets;
		this.properties = properties;
	}

	@Override
	public Optional<String> trackLink(String orderId, Channel channel) {
		return channel != CHANNEL ? Optional.empty() : tickets.number(orderId).map(this::link);
	}

	String link(String number) {
		return properties.portal().baseUrl() + "/portal/track?number=" + number;
	}
}
