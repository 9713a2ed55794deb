package org.liandong.deadline.internal;

import java.time.Instant;

import org.liandong.deadline.DeadlineStatus;
import org.liandong.identity.Actors;
import org.liandong.shared.ForbiddenException;
import org.liandong.shared.PageQuery;
import org.liandong.shared.PageResult;
import org.liandong.shared.TimeLimit;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Lets an administrator inspect deadline rows, including DEAD ones. */
@RestController
@RequestMapping("/api/v1/deadlines")
@Tag(name = "Deadlines", description = "Deadline rows of any owner (ADMIN)")
class DeadlineApiController {

	private final DeadlineRows rows;

	DeadlineApiController(DeadlineRows rows) {
		this.rows = rows;
	}

	@GetMapping
	@Operation(summary = "Deadline rows, newest first (ADMIN)",
			description = "Filter by owner (e.g. ownerType=WORK_ORDER&ownerId=...) and status (e.g. DEAD).")
	@ApiResponse(responseCode = "200", description = "A page of deadline rows")
	@ApiResponse(responseCode = "403", description = "Not an administrator")
	PageResult<DeadlineView> list(@RequestParam(required = false) String ownerType,
			@RequestParam(required = false) String ownerId, @RequestParam(required = false) DeadlineStatus status,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		if (!Actors.current().isAdmin()) {
			throw new ForbiddenException("Only an administrator may read the deadline rows.");
		}
		return rows.page(blankToNull(ownerType), blankToNull(ownerId), status, PageQuery.of(page, size))
			.map(DeadlineView::of);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}

	/** A deadline row as administrators see it; {@code duration} written as items write it ({@code P5D}). */
	record DeadlineView(String id, String ownerType, String ownerId, String kind, String mode, String duration,
			Instant startedAt, Instant warnAt, Instant dueAt, DeadlineStatus status, Instant suspendedAt,
			Instant warnedAt, Instant breachedAt, int attempts, Instant nextAttemptAt, String lastError, long version,
			Instant createdAt, Instant updatedAt) {

		static DeadlineView of(DeadlineRow r) {
			return new DeadlineView(r.id(), r.owner().type(), r.owner().id(), r.kind(), r.mode().name(),
					new TimeLimit(r.duration(), r.mode()).durationText(), r.startedAt(), r.warnAt(), r.dueAt(), r.status(), r.suspendedAt(),
					r.warnedAt(), r.breachedAt(), r.attempts(), r.nextAttemptAt(), r.lastError(), r.version(), r.createdAt(), r.updatedAt());
		}
	}
}
