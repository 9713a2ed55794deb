package org.liandong.workorder.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.liandong.deadline.DeadlineBreached;
import org.liandong.deadline.DeadlineWarned;
import org.liandong.workorder.WorkOrderEvent;
import org.liandong.workorder.WorkOrderStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Puts warnings and breaches of an order's deadlines on the order: {@code warned}, {@code overdue},
 * {@code signOverdue}, and timeline entries DEADLINE_WARNED, DEADLINE_BREACHED and SIGN_BREACHED; a breached response
 * deadline is only published ({@link #responseBreached}). Idempotent and
 * order-independent: each flag is set by a conditional update that succeeds once, only while the deadline is still
 * the order's current one (same due time, a state in which the clock runs); a breach that arrives before its
 * warning writes the warning first.
 */
@Component
class DeadlineFlags {

	private static final Duration TOLERANCE = Duration.ofSeconds(1);
	private static final String HANDLING = "('DISPATCHED', 'IN_PROGRESS', 'RETURN_PENDING')";

	private final JdbcClient jdbc;
	private final WorkOrderRepository orders;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	DeadlineFlags(JdbcClient jdbc, WorkOrderRepository orders, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.orders = orders;
		this.events = events;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(DeadlineWarned e) {
		if (OrderClocks.OWNER_TYPE.equals(e.ownerType()) && OrderClocks.HANDLE.equals(e.kind())) {
			warn(e.ownerId(), e.dueAt(), e.deadlineId());
		}
	}

	@ApplicationModuleListener
	void on(DeadlineBreached e) {
		if (!OrderClocks.OWNER_TYPE.equals(e.ownerType())) {
			return;
		}
		if (OrderClocks.HANDLE.equals(e.kind())) {
			warn(e.ownerId(), e.dueAt(), e.deadlineId());
			flag(e.ownerId(), "overdue", "due_at", e.dueAt(), e.deadlineId(), "DEADLINE_BREACHED", "HANDLE", true);
		}
		else if (OrderClocks.SIGN.equals(e.kind())) {
			flag(e.ownerId(), "sign_overdue", "sign_due_at", e.dueAt(), e.deadlineId(), "SIGN_BREACHED", "SIGN", true);
		}
		else if (OrderClocks.RESPONSE.equals(e.kind())) {
			responseBreached(e.ownerId(), e.dueAt(), e.deadlineId());
		}
	}

	/**
	 * A breached response deadline has no flag of its own on the order nor a timeline entry (CONTRACT §4); it is
	 * published as {@link WorkOrderEvent.DeadlineFlagged} (kind RESPONSE) while it is the order's current one and the
	 * citizen not yet contacted, for what other modules do about a breach (the automatic supervision, once per
	 * deadline). Without a flag to set once, a delivery again publishes it again: its listeners are idempotent.
	 */
	private void responseBreached(String orderId, Instant dueAt, String deadlineId) {
		jdbc.sql("SELECT lead_unit_code FROM wo_order WHERE id = :id AND responded_at IS NULL "
				+ "AND response_due_at > :lo AND response_due_at < :hi AND status IN " + HANDLING)
			.param("id", orderId)
			.param("lo", WorkOrderRepository.ts(dueAt.minus(TOLERANCE)))
			.param("hi", WorkOrderRepository.ts(dueAt.plus(TOLERANCE)))
			.query((rs, n) -> rs.getString(1))
			.optional()
			.ifPresent(lead -> events.publishEvent(new WorkOrderEvent.DeadlineFlagged(orderId, lead,
					OrderClocks.RESPONSE, true, dueAt, clock.instant(), deadlineId)));
	}

	private void warn(String orderId, Instant dueAt, String deadlineId) {
		flag(orderId, "warned", "due_at", dueAt, deadlineId, "DEADLINE_WARNED", "HANDLE", false);
	}

	/**
	 * Sets the flag once, writes its timeline entry and publishes {@link WorkOrderEvent.DeadlineFlagged}: what other
	 * modules do about a breach (the automatic supervision) follows the flag, so the timeline shows the cause first.
	 */
	private void flag(String orderId, String column, String dueColumn, Instant dueAt, String deadlineId,
			String action, String kind, boolean breached) {
		Instant now = clock.instant();
		String states = "sign_overdue".equals(column) ? "('DISPATCHED', 'RETURN_PENDING') AND signed_at IS NULL"
				: HANDLING;
		int rows = jdbc.sql("UPDATE wo_order SET " + column + " = TRUE, version = version + 1, updated_at = :now "
				+ "WHERE id = :id AND " + column + " = FALSE AND " + dueColumn + " > :lo AND " + dueColumn + " < :hi "
				+ "AND status IN " + states)
			.param("now", WorkOrderRepository.ts(now))
			.param("id", orderId)
			.param("lo", WorkOrderRepository.ts(dueAt.minus(TOLERANCE)))
			.param("hi", WorkOrderRepository.ts(dueAt.plus(TOLERANCE)))
			.update();
		if (rows == 0) {
			return;
		}
		String[] row = jdbc.sql("SELECT status, lead_unit_code FROM wo_order WHERE id = :id")
			.param("id", orderId)
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) })
			.single();
		WorkOrderStatus state = WorkOrderStatus.valueOf(row[0]);
		orders.appendTimeline(orderId, new TimelineEntry(now, "system", null, action, state, state,
				"due " + dueAt, List.of()));
		events.publishEvent(new WorkOrderEvent.DeadlineFlagged(orderId, row[1], kind, breached, dueAt, now,
				deadlineId));
	}
}
