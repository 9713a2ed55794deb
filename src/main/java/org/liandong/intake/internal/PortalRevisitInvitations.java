package org.liandong.intake.internal;

import org.liandong.workorder.WorkOrderEvent;
import org.liandong.workorder.WorkOrderStatus;
import org.liandong.workorder.WorkOrders;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Texts a portal citizen the revisit link when the order reaches revisit (after the reply, or after a passed
 * on-site check). Once per order: the registry may deliver an event twice.
 */
@Component
class PortalRevisitInvitations {

	private final PortalTickets tickets;
	private final WorkOrders orders;
	private final IntakeSeams seams;
	private final IntakeProperties properties;

	PortalRevisitInvitations(PortalTickets tickets, WorkOrders orders, IntakeSeams seams,
			IntakeProperties properties) {
		this.tickets = tickets;
		this.orders = orders;
		this.seams = seams;
		this.properties = properties;
	}

	@ApplicationModuleListener
	void on(WorkOrderEvent event) {
		boolean revisiting = (event instanceof WorkOrderEvent.Replied r && r.next() == WorkOrderStatus.REVISITING)
				|| (event instanceof WorkOrderEvent.Verified v && v.passed());
		if (!revisiting) {
			return;
		}
		tickets.number(event.orderId()).ifPresent(number -> {
			if (tickets.markRevisitSent(event.orderId())) {
				orders.citizenPhone(event.orderId()).ifPresent(phone -> seams.sms().send(phone,
						"【12345】您的工单 " + number + " 已办理完毕，请用查询码评价办理结果：" + properties.portal().baseUrl()
								+ "/portal/track?number=" + number));
			}
		});
	}
}
