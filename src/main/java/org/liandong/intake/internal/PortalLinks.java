package org.liandong.intake.internal;

import java.util.Optional;

import org.liandong.intake.PortalOrders;
import org.liandong.workorder.Channel;
import org.springframework.stereotype.Component;

/** Links for messages sent by other modules: a portal order's tracking link, any order's revisit link. */
@Component
class PortalLinks implements PortalOrders {

	private final PortalTickets tickets;
	private final IntakeProperties properties;
	private final RevisitTokens tokens;

	PortalLinks(PortalTickets tickets, IntakeProperties properties, RevisitTokens tokens) {
		this.tickets = tickets;
		this.properties = properties;
		this.tokens = tokens;
	}

	@Override
	public String revisitLink(String orderId, int round) {
		return properties.portal().baseUrl() + RevisitLinkController.PATH + tokens.issue(orderId, round);
	}

	@Override
	public Optional<String> trackLink(String orderId, Channel channel) {
		return channel != CHANNEL ? Optional.empty() : tickets.number(orderId).map(this::link);
	}

	String link(String number) {
		return properties.portal().baseUrl() + "/portal/track?number=" + number;
	}
}
