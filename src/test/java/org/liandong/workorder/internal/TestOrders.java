package org.liandong.workorder.internal;

import java.time.Instant;

import org.liandong.workorder.Channel;
import org.liandong.workorder.Nature;
import org.liandong.workorder.Urgency;

/** Work orders for the aggregate's tests, without Spring or a database. */
final class TestOrders {

	private TestOrders() {
	}

	/** A hotline complaint of normal urgency, received at {@code at} by {@code actor} (role ADMIN). */
	static WorkOrder received(String id, String number, String actor, Instant at) {
		WorkOrder o = new WorkOrder();
		o.id = id;
		o.number = number;
		o.channel = Channel.HOTLINE;
		o.nature = Nature.COMPLAINT;
		o.urgency = Urgency.NORMAL;
		o.title = "t";
		o.content = "c";
		return WorkOrder.receive(o, new WorkOrder.Act(actor, "ADMIN", at, null));
	}
}
