package org.liandong.intake.internal;

import java.net.URI;

import org.liandong.identity.Actor;
import org.liandong.identity.Actors;
import org.liandong.shared.web.JsonBody;
import org.liandong.shared.web.SendsLocation;
import org.liandong.workorder.WorkOrderStatus;
import org.liandong.workorder.WorkOrderSummary;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * {@code POST /api/v1/grid-reports} for grid workers: 201 with the order's id, number, status (RECEIVED, or ANSWERED
 * when closed on the spot) and grid. The shared {@code Idempotency-Key} filter makes a retry answer the same. Other
 * roles get 403 whatever the body; a malformed body answers 400 after that check.
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

	@ResponseStatus(HttpStatus.CREATED)
	@Operation(
			summary = "A grid worker's report: a GRID order in their grid, optionally closed on the spot with evidence",
			description = "With a position (lat, lon), the order's grid is the worker's grid holding it (gridCode, if "
					+ "given, when it does); a position outside every grid of the worker, or outside the jurisdiction, "
					+ "is 400 with an error on lat. Without one, the worker's only grid or the gridCode given.")
	@SendsLocation("The work order created: /api/v1/work-orders/{id}")
	@PostMapping("/api/v1/grid-reports")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
			schema = @Schema(implementation = GridReport.class)))
	ResponseEntity<Created> report(JsonBody body) {
		Actor actor = Actors.current();
		GridIntake.checkGridWorker(actor); // before the body is read: 403 whatever the body, then 400
		WorkOrderSummary o = intake.report(actor, body.parse(GridReport.class));
		return ResponseEntity.created(URI.create("/api/v1/work-orders/" + o.id()))
			.body(new Created(o.id(), o.number(), o.status(), o.gridCode(), o.status() == WorkOrderStatus.ANSWERED));
	}
}
