package org.liandong.workorder.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.liandong.deadline.DeadlineOwner;
import org.liandong.deadline.DeadlineStatus;
import org.liandong.deadline.Deadlines;
import org.liandong.deadline.ScheduledDeadline;
import org.liandong.shared.TimeLimit;

/**
 * An approved extension and the order's flags: cleared when the new time lies ahead (CONTRACT §4), whatever the
 * moved handling clock's warning point (the engine's own rules, warning again, are tested in the deadline module).
 */
class OrderClocksTests {

	private static final Instant T0 = Instant.parse("2026-11-26T02:00:00Z");

	/** The deadline engine's answer to a move, standing in for it: the moved clock in the given status. */
	static Deadlines movedTo(DeadlineStatus status) {
		return new Deadlines() {
			@Override
			public ScheduledDeadline schedule(DeadlineOwner owner, String kind, Instant start, TimeLimit limit) {
				throw new UnsupportedOperationException();
			}

			@Override
			public Optional<ScheduledDeadline> moveDue(DeadlineOwner owner, String kind, Instant newDue) {
				return Optional.of(new ScheduledDeadline("d", owner, kind, T0, T0.plusSeconds(60), newDue, status));
			}

			@Override
			public void complete(DeadlineOwner owner, String kind) {
			}

			@Override
			public void completeAll(DeadlineOwner owner) {
			}

			@Override
			public void suspendAll(DeadlineOwner owner, Instant at) {
			}

			@Override
			public List<ScheduledDeadline> resumeAll(DeadlineOwner owner, Instant at) {
				return List.of();
			}

			@Override
			public List<ScheduledDeadline> active(DeadlineOwner owner) {
				return List.of();
			}
		};
	}

	/** An order in progress that warned and breached, with an extension to five minutes after {@code now} pending. */
	static WorkOrder warnedWithExtensionPending(Instant now) {
		WorkOrder o = TestOrders.received("id-1", "WH20261126000001", "op", T0);
		o.dispatch(new WorkOrder.Act("d", "DISPATCHER", T0, null), "CSGLJ", List.of());
		o.clocksStarted(T0.plusSeconds(60), T0.plusSeconds(60), T0.plusSeconds(60));
		o.sign(new WorkOrder.Act("h", "HANDLER", T0.plusSeconds(10), null));
		o.warned = true;
		o.overdue = true;
		o.requestExtension(new WorkOrder.Act("h", "HANDLER", now, null), now.plus(Duration.ofMinutes(5)), "parts");
		return o;
	}

	/** Approves the order's pending extension at {@code now}, the engine answering with the moved clock. */
	static void approve(WorkOrder o, Instant now) {
		new OrderClocks(movedTo(DeadlineStatus.PENDING), null, null)
			.extend(o, o.approveExtension(new WorkOrder.Act("d", "DISPATCHER", now, null), "ok"));
	}

	@Test
	void anExtensionWhoseTimeLiesAheadClearsBothFlagsEvenPastItsWarningPoint() {
		Instant now = T0.plus(Duration.ofMinutes(30));
		WorkOrder o = warnedWithExtensionPending(now);

		approve(o, now);

		assertThat(o.warned).as("CONTRACT §4; the engine warns again at its next poll").isFalse();
		assertThat(o.overdue).isFalse();
		assertThat(o.dueAt).isEqualTo(now.plus(Duration.ofMinutes(5)));
	}
}
