package org.liandong.intake.internal;

import java.net.URI;

import org.liandong.identity.Actors;
import org.liandong.workorder.WorkOrderStatus;
import org.liandong.workorder.WorkOrderSummary;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/grid-reports} for grid workers: 201 with the order's id, number, status (RECEIVED, or ANSWERED
 * when closed on the spot) and grid. The shared {@code Idempotency-Key} filter makes a retry answer the same.
 */
@RestController
class GridReportController {

	private final GridIntake intake;

	GridReportController(GridIntake intake) {
		this.intake = intake;
	}

	/** What a grid report created. */
	record Created(String id, String number, WorkOrderStatus status, String gridCode, boolean closedOnSpot) {
	}

	@PostMapping("/api/v1/grid-reports")
	ResponseEntity<Created> report(@RequestBody GridReport report) {
		WorkOrderSummary o = intake.report(Actors.current(), report);
		return ResponseEntity.created(URI.create("/api/v1/work-orders/" + o.id()))
			.body(new Created(o.id(), o.number(), o.status(), o.gridCode(), o.status() == WorkOrderStatus.ANSWERED));
	}
}
