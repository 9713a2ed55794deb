package org.liandong.workorder.internal;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.liandong.identity.Actors;
import org.liandong.shared.PageQuery;
import org.liandong.shared.PageResult;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.JsonNode;

/** The work-order API of CONTRACT §4. */
@RestController
@RequestMapping("/api/v1/work-orders")
@Tag(name = "Work orders", description = "Intake, lifecycle actions, timeline (CONTRACT §4)")
class WorkOrderController {

	private final WorkOrderService service;
	private final WorkOrderQuery query;
	private final WorkOrderRepository repository;

	WorkOrderController(WorkOrderService service, WorkOrderQuery query, WorkOrderRepository repository) {
		this.service = service;
		this.query = query;
		this.repository = repository;
	}

	@PostMapping
	@Operation(summary = "Take in a work order", description = "Honours an Idempotency-Key header.")
	ResponseEntity<WorkOrderView> create(@RequestBody CreateWorkOrderRequest request) {
		WorkOrderView view = service.create(Actors.current(), request);
		return ResponseEntity.created(URI.create("/api/v1/work-orders/" + view.id())).body(view);
	}

	@GetMapping
	@Operation(summary = "List the work orders the caller may see, newest first (personal data masked)")
	PageResult<WorkOrderView> list(@RequestParam(required = false) String status,
			@RequestParam(required = false) String unit, @RequestParam(required = false) String region,
			@RequestParam(required = false) String item, @RequestParam(required = false) String urgency,
			@RequestParam(required = false) Boolean overdue, @RequestParam(required = false) String channel,
			@Parameter(description = "Asia/Shanghai date, inclusive") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@Parameter(description = "Asia/Shanghai date, exclusive") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		var filter = new WorkOrderQuery.Filter(status, unit, region, item, urgency, overdue, channel, from, to, q,
				null);
		return query.list(Actors.current(), filter, PageQuery.of(page, size)).map(PersonalDataPolicy::listView);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One work order, by id or number")
	WorkOrderView get(@PathVariable String id) {
		return service.view(Actors.current(), id);
	}

	@GetMapping("/{id}/timeline")
	@Operation(summary = "The order's append-only timeline, oldest first")
	List<TimelineView> timeline(@PathVariable String id) {
		WorkOrder order = service.visible(Actors.current(), id);
		return repository.timeline(order.id).stream().map(TimelineView::of).toList();
	}

	@PostMapping("/{id}/{action}")
	@Operation(summary = "Perform an action (answer, dispatch, reassign, sign, contact, request-return, approve-return, "
			+ "reject-return, request-extension, approve-extension, reject-extension, reply, verify, revisit, reopen, "
			+ "close, shelve, unshelve, merge, cancel)",
			description = "Errors: 404 not visible, 403 not allowed, 400 invalid body, 409 illegal transition or stale version.")
	WorkOrderView act(@PathVariable String id, @PathVariable String action,
			@RequestBody(required = false) JsonNode body) {
		return service.act(Actors.current(), id, action, body);
	}

	/** A timeline entry (CONTRACT §4). */
	record TimelineView(Instant at, String actor, String action, String fromStatus, String toStatus,
			String note, List<String> attachments) {
		static TimelineView of(TimelineEntry e) {
			return new TimelineView(e.at(), e.actor(), e.action(),
					e.fromStatus() == null ? null : e.fromStatus().name(),
					e.toStatus() == null ? null : e.toStatus().name(), e.note(), e.attachments());
		}
	}
}
