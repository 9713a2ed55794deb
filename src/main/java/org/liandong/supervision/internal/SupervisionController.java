package org.liandong.supervision.internal;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.liandong.identity.Actors;
import org.liandong.shared.web.JsonBody;
import org.liandong.shared.PageQuery;
import org.liandong.shared.PageResult;
import org.liandong.shared.web.SendsLocation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Supervision and urging (CONTRACT §7). The two POSTs are more specific than the work-order module's
 * {@code /api/v1/work-orders/{id}/{action}} mapping, so Spring MVC routes them here.
 */
@RestController
@Tag(name = "Supervision", description = "Supervision orders (督办) and urging (催办), CONTRACT §7")
class SupervisionController {

	private final SupervisionService service;

	SupervisionController(SupervisionService service) {
		this.service = service;
	}

	@Schema(requiredProperties = { "level", "reason" })
	record SuperviseBody(@Schema(allowableValues = { "NORMAL", "KEY", "LISTED" }) String level, String reason,
			Instant dueAt, String note, Integer version) {
	}

	@Schema(requiredProperties = "note")
	record UrgeBody(String note, Integer version) {
	}

	@ResponseStatus(HttpStatus.CREATED)
	@SendsLocation("The supervision created: /api/v1/supervisions/{id}")
	@PostMapping("/api/v1/work-orders/{id}/supervise")
	@Operation(summary = "Open a supervision order (level NORMAL, KEY or LISTED; reason; dueAt?)",
			description = "Supervisors, leaders, admin. Creates a record, not a state. Honours an Idempotency-Key header.")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @io.swagger.v3.oas.annotations.media.Content(
			schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = SuperviseBody.class)))
	ResponseEntity<Supervision> supervise(@PathVariable String id, JsonBody body) {
		Supervision s = service.supervise(Actors.current(), id, () -> {
			SuperviseBody b = body.parse(SuperviseBody.class);
			return new SupervisionService.SuperviseRequest(b.level(), b.reason(), b.dueAt());
		});
		return ResponseEntity.created(URI.create("/api/v1/supervisions/" + s.id())).body(s);
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/api/v1/work-orders/{id}/urge")
	@Operation(summary = "Urge the lead unit (催办); notifies its handlers",
			description = "Supervisors, dispatchers, leaders, admin. Creates a record, not a state. 409 for a final or "
					+ "merged order, and for one with no lead unit yet (waiting for dispatch).")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @io.swagger.v3.oas.annotations.media.Content(
			schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = UrgeBody.class)))
	ResponseEntity<Urge> urge(@PathVariable String id, JsonBody body) {
		Urge u = service.urge(Actors.current(), id, () -> body.parse(UrgeBody.class).note());
		return ResponseEntity.status(201).body(u);
	}

	@GetMapping("/api/v1/supervisions")
	@Operation(summary = "Supervision records, newest first; unit (and units below it), open true/false")
	PageResult<Supervision> list(@RequestParam(required = false) String unit,
			@RequestParam(required = false) Boolean open, @RequestParam(required = false) String workOrderId,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return service.list(Actors.current(), unit, open, workOrderId, PageQuery.of(page, size));
	}

	@GetMapping("/api/v1/supervisions/units")
	@Operation(summary = "Supervision history per unit: records, open, automatic, overdue, per level, urgings")
	List<Supervisions.UnitHistory> history() {
		return service.history(Actors.current());
	}

	@GetMapping("/api/v1/supervisions/{id}")
	@Operation(summary = "One supervision record",
			description = "unitCode is the order's lead unit, null while the order waits for dispatch (a record a "
					+ "supervisor opened follows the order; one a breach opened ends when the order leaves the unit: "
					+ "closeReason RETURNED or REASSIGNED); breachKind SIGN, RESPONSE or HANDLE for a record a "
					+ "breached deadline opened, null otherwise. 404 for those who may not see it.")
	Supervision get(@PathVariable String id) {
		return service.get(Actors.current(), id);
	}
}
