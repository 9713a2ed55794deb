package org.liandong.workorder.internal;

import org.liandong.files.FileReaders;
import org.liandong.identity.Actor;
import org.springframework.stereotype.Component;

/** An order's evidence (files on its timeline) is readable by whoever sees the order (CONTRACT §4 visibility). */
@Component
class OrderEvidence implements FileReaders {

	private final WorkOrderRepository orders;
	private final Visibility visibility;

	OrderEvidence(WorkOrderRepository orders, Visibility visibility) {
		this.orders = orders;
		this.visibility = visibility;
	}

	@Override
	public boolean mayRead(Actor actor, String fileId) {
		return orders.ordersWithFile(fileId)
			.stream()
			.anyMatch(id -> orders.find(id).filter(o -> visibility.canSee(actor, o)).isPresent());
	}
}
