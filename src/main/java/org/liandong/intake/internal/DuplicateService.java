package org.liandong.intake.internal;

import java.util.ArrayList;
import java.util.List;

import org.liandong.workorder.WorkOrderSummary;
import org.liandong.workorder.WorkOrders;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Duplicate proposals of an order: found again on demand, stored, and read with the candidates' current state. */
@Component
class DuplicateService {

	private final WorkOrders orders;
	private final DuplicateFinder finder;
	private final DuplicateProposals proposals;

	DuplicateService(WorkOrders orders, DuplicateFinder finder, DuplicateProposals proposals) {
		this.orders = orders;
		this.finder = finder;
		this.proposals = proposals;
	}

	/** Finds the order's duplicates now, stores new proposals, and answers every stored one still relevant. */
	@Transactional
	List<DuplicateController.DuplicateView> refresh(String idOrNumber) {
		WorkOrderSummary order = orders.find(idOrNumber).orElseThrow();
		if (DuplicatePolicy.isOpen(order.status())) {
			proposals.store(order.id(), finder.find(order));
		}
		List<DuplicateController.DuplicateView> views = new ArrayList<>();
		for (var row : proposals.of(order.id())) {
			// a list: each candidate's title as a list shows it, without its citizen's name and numbers
			orders.findListed(row.candidateId())
				.filter(c -> "MERGED".equals(row.status()) || DuplicatePolicy.isOpen(c.status()))
				.ifPresent(c -> views.add(new DuplicateController.DuplicateView(c.id(), c.number(), c.title(),
						c.status(), row.score(), row.reason(), row.status(), row.createdAt())));
		}
		return views;
	}
}
