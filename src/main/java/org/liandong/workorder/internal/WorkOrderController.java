package org.liandong.workorder.internal;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.liandong.identity.Actor;
import org.liandong.identity.Actors;
import org.liandong.shared.ForbiddenException;
import org.liandong.shared.PageQuery;
import org.liandong.shared.PageResult;
import org.liandong.shared.web.JsonBody;
import org.liandong.shared.web.SendsLocation;
import org.liandong.workorder.Channel;
import org.liandong.workorder.Urgency;
import org.liandong.workorder.WorkOrderStatus;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The work-order API of CONTRACT §4. */
@RestController
@RequestMapping("/api/v1/work-orders")
@Tag(name = "Work orders", description = "Intake, lifecycle actions, timeline (CONTRACT §4)")
class WorkOrderController {

	private final WorkOrderService service;
	private final WorkOrderQuery query;
	WorkOrderController(WorkOrderService service, WorkOrderQuery query) {
		this.service = service;
		this.query = query;
	}

	@ResponseStatus(HttpStatus.CREATED)
	@SendsLocation("The work order created: /api/v1/work-orders/{id}")
	@PostMapping
	@Operation(summary = "Take in a work order", description = "Honours an Idempotency-Key header. Errors: 403 a "
			+ "role that may not take in (whatever the body), 400 an invalid body.")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
			schema = @Schema(implementation = CreateWorkOrderRequest.class)))
	ResponseEntity<WorkOrderView> create(JsonBody body) {
		Actor actor = Actors.current();
		ActionPolicy.checkCreate(actor); // before the body is read: 403 comes before 400
		WorkOrderView view = service.create(actor, body.parse(CreateWorkOrderRequest.class));
		return ResponseEntity.created(URI.create("/api/v1/work-orders/" + view.id())).body(view);
	}

	@GetMapping
	@Operation(summary = "List the work orders the caller may see, newest first (personal data masked)")
	PageResult<WorkOrderView> list(
			@Parameter(description = "one status, or several comma-separated",
					schema = @Schema(implementation = WorkOrderStatus.class)) @RequestParam(required = false) String status,
			@RequestParam(required = false) String unit, @RequestParam(required = false) String region,
			@RequestParam(required = false) String item,
			@Parameter(schema = @Schema(implementation = Urgency.class)) @RequestParam(required = false) String urgency,
			@RequestParam(required = false) Boolean overdue,
			@Parameter(schema = @Schema(implementation = Channel.class)) @RequestParam(required = false) String channel,
			@Parameter(description = "Asia/Shanghai date, inclusive") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@Parameter(description = "Asia/Shanghai date, exclusive") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String q,
			@Parameter(description = "the caller's phone number, however written (compared normalised); operators and "
					+ "administrators only, who take calls and read callers in full (403 for others)") @RequestParam(required = false) String phone,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		Actor actor = Actors.current();
		if (phone != null && !phone.isBlank() && !(actor.isAdmin() || actor.is(org.liandong.identity.Role.OPERATOR))) {
			// which orders a number called about is the caller's personal data, for those who read callers in full
			throw new ForbiddenException("Only operators and administrators search orders by the caller's phone.");
		}
		var filter = new WorkOrderQuery.Filter(status, unit, region, item, urgency, overdue, channel, from, to, q,
				phone);
		return query.list(actor, filter, PageQuery.of(page, size)).map(PersonalDataPolicy::listView);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One work order, by id or number")
	WorkOrderView get(@PathVariable String id) {
		return service.view(Actors.current(), id);
	}

	@GetMapping("/{id}/timeline")
	@Operation(summary = "The order's append-only timeline, oldest first")
	List<TimelineView> timeline(@PathVariable String id) {
		// redacted for those who read the order's text redacted; an unmasked read audited
		return service.timeline(Actors.current(), id).stream().map(TimelineView::of).toList();
	}

	@PostMapping("/{id}/{action}")
	@Operation(summary = "Perform an action (answer, dispatch, reassign, sign, contact, request-return, approve-return, "
			+ "reject-return, request-extension, approve-extension, reject-extension, reply, verify, revisit, reopen, "
			+ "close, shelve, unshelve, merge, cancel)",
			description = "Errors: 404 not visible, 403 not allowed, 400 invalid body, 409 illegal transition or stale version.")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(
			description = "The action's fields (CONTRACT §4), each with the optional note (at most 2000 characters) "
					+ "and version (a stale one answers 409): answer → Answer; dispatch, reassign → Route; contact → "
					+ "ContactRequest; request-return, reject-return, approve-extension, reject-extension, reopen, "
					+ "close, cancel → Reason; request-extension → Extension; reply → Reply; verify → Verify; revisit "
					+ "→ RevisitRequest; shelve, unshelve → Shelve; merge → Merge; sign and approve-return take only "
					+ "note and version.",
			oneOf = { ActionRequests.Answer.class, ActionRequests.Route.class, ActionRequests.Contact.class,
					ActionRequests.Reason.class, ActionRequests.Extension.class, ActionRequests.Reply.class,
					ActionRequests.Verify.class, ActionRequests.Revisit.class, ActionRequests.Shelve.class,
					ActionRequests.Merge.class, ActionRequests.Common.class })))
	WorkOrderView act(@PathVariable String id,
			@io.swagger.v3.oas.annotations.Parameter(schema = @Schema(allowableValues = { "answer", "dispatch",
					"reassign", "sign", "contact", "request-return", "approve-return", "reject-return",
					"request-extension", "approve-extension", "reject-extension", "reply", "verify", "revisit",
					"reopen", "close", "shelve", "unshelve", "merge", "cancel" })) @PathVariable String action,
			JsonBody body) {
		return service.act(Actors.current(), id, action, body::tree); // read once visibility and rights are checked
	}

	/** A timeline entry (CONTRACT §4). */
	record TimelineView(Instant at, String actor, String action,
			@Schema(nullable = true, implementation = WorkOrderStatus.class) String fromStatus,
			@Schema(nullable = true, implementation = WorkOrderStatus.class) String toStatus,
			@Schema(nullable = true) String note, List<String> attachments) {
		static TimelineView of(TimelineEntry e) {
			return new TimelineView(e.at(), e.actor(), e.action(),
					e.fromStatus() == null ? null : e.fromStatus().name(),
					e.toStatus() == null ? null : e.toStatus().name(), e.note(), e.attachments());
		}
	}
}
