package org.liandong.workorder.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.liandong.workorder.WorkOrderStatus.*;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.liandong.shared.InvalidRequestException;
import org.liandong.workorder.Satisfaction;
import org.liandong.workorder.WorkOrderEvent;
import org.liandong.workorder.WorkOrderStatus;

/** The aggregate's guarded transitions, without Spring or a database. */
class WorkOrderTests {

	private Instant now = Instant.parse("2026-11-26T02:00:00Z");

	private WorkOrder.Act act() {
		now = now.plus(Duration.ofMinutes(1));
		return new WorkOrder.Act("tester", "ADMIN", now, null);
	}

	private WorkOrder received() {
		WorkOrder.Act act = act();
		return TestOrders.received("id-1", "WH20261126000001", act.actor(), act.at());
	}

	private WorkOrder inProgress() {
		WorkOrder o = received();
		o.dispatch(act(), "CSGLJ", List.of("ZJJ"));
		o.clocksStarted(now.plusSeconds(3600), now.plusSeconds(7200), now.plusSeconds(86400));
		o.sign(act());
		return o;
	}

	private WorkOrder revisiting() {
		WorkOrder o = inProgress();
		o.reply(act(), "fixed", List.of(), false);
		return o;
	}

	@Test
	void happyPathGoesFromReceivedToClosedWithATimelineEntryAndEventForEachStep() {
		WorkOrder o = received();
		o.dispatch(act(), "CSGLJ", List.of());
		o.clocksStarted(now.plusSeconds(60), now.plusSeconds(120), now.plusSeconds(600));
		o.sign(act());
		o.contact(act(), "PHONE", "called back");
		o.reply(act(), "repaired", List.of("file-1"), false);
		o.revisit(act(), true, true, Satisfaction.SATISFIED, 3);

		assertThat(o.status).isEqualTo(CLOSED);
		assertThat(o.newEntries).extracting(TimelineEntry::action)
			.containsExactly("RECEIVE", "DISPATCH", "SIGN", "CONTACT", "REPLY", "REVISIT");
		assertThat(o.newEntries.get(4).attachments()).containsExactly("file-1");
		assertThat(o.events).hasAtLeastOneElementOfType(WorkOrderEvent.Closed.class);
		var dispatched = (WorkOrderEvent.Dispatched) o.events.get(1);
		assertThat(dispatched.dueAt()).isEqualTo(o.dueAt);
	}

	@Test
	void replyGoesToVerificationWhenTheItemRequiresItAndAFailedCheckReturnsToTheUnit() {
		WorkOrder o = inProgress();
		o.reply(act(), "done", List.of(), true);
		assertThat(o.status).isEqualTo(VERIFYING);
		o.verify(act(), false, List.of());
		assertThat(o.status).isEqualTo(IN_PROGRESS);
		o.reply(act(), "done again", List.of(), true);
		o.verify(act(), true, List.of());
		assertThat(o.status).isEqualTo(REVISITING);
	}

	@Test
	void dissatisfiedRevisitStaysForADecisionAndReopenGoesBackToTheSameUnit() {
		WorkOrder o = revisiting();
		o.revisit(act(), true, true, Satisfaction.DISSATISFIED, 3);
		assertThat(o.status).isEqualTo(REVISITING);
		o.reopen(act(), "not fixed", 2);
		assertThat(o.status).isEqualTo(DISPATCHED);
		assertThat(o.reopenCount).isEqualTo(1);
		assertThat(o.leadUnitCode).isEqualTo("CSGLJ");
		assertThat(o.signedAt).isNull();
	}

	@Test
	void reopenIsRefusedAfterTheConfiguredMaximum() {
		WorkOrder o = revisiting();
		o.reopen(act(), "again", 1);
		o.sign(act());
		o.reply(act(), "r", List.of(), false);
		assertThatThrownBy(() -> o.reopen(act(), "again", 1)).isInstanceOf(IllegalTransitionException.class)
			.hasMessageContaining("reopened 1 times");
	}

	@Test
	void unresolvedRevisitCanBeClosedWithAReasonAndKeepsTheAnswer() {
		WorkOrder o = revisiting();
		o.revisit(act(), true, false, Satisfaction.BASICALLY_SATISFIED, 3);
		assertThat(o.status).isEqualTo(REVISITING);
		o.close(act(), "诉求不合理");
		assertThat(o.status).isEqualTo(CLOSED);
		assertThat(o.revisitResolved).isFalse();
		assertThat(o.closeReason).isEqualTo("诉求不合理");
	}

	@Test
	void thirdUnreachableAttemptClosesTheOrderAsUnreachable() {
		WorkOrder o = revisiting();
		o.revisit(act(), false, null, null, 3);
		o.revisit(act(), false, null, null, 3);
		assertThat(o.status).isEqualTo(REVISITING);
		o.revisit(act(), false, null, null, 3);
		assertThat(o.status).isEqualTo(CLOSED);
		assertThat(o.unreachable).isTrue();
		assertThat(o.revisitAttempts).isEqualTo(3);
	}

	@Test
	void approvedReturnSendsTheOrderBackToTheDispatchQueueWithoutUnit() {
		WorkOrder o = inProgress();
		o.requestReturn(act(), "not ours");
		assertThat(o.status).isEqualTo(RETURN_PENDING);
		o.approveReturn(act());
		assertThat(o.status).isEqualTo(RECEIVED);
		assertThat(o.leadUnitCode).isNull();
		assertThat(o.dueAt).isNull();
		assertThat(o.returnCount).isEqualTo(1);
	}

	@Test
	void rejectedReturnGoesBackToTheStateBefore() {
		WorkOrder o = inProgress();
		o.requestReturn(act(), "not ours");
		o.rejectReturn(act(), "it is yours");
		assertThat(o.status).isEqualTo(IN_PROGRESS);
		WorkOrder d = received();
		d.dispatch(act(), "CSGLJ", List.of());
		d.requestReturn(act(), "no");
		d.rejectReturn(act(), "yes");
		assertThat(d.status).isEqualTo(DISPATCHED);
	}

	@Test
	void approvedExtensionMovesTheDueTimeAndClearsTheFlagsWhenAhead() {
		WorkOrder o = inProgress();
		o.warned = true;
		o.overdue = true;
		Instant until = now.plus(Duration.ofDays(3));
		o.requestExtension(act(), until, "parts on order");
		assertThat(o.extensionUntil).isEqualTo(until);
		assertThatThrownBy(() -> o.requestExtension(act(), until, "again"))
			.isInstanceOf(IllegalTransitionException.class);
		assertThat(o.approveExtension(act(), "ok")).isEqualTo(until);
		assertThat(o.dueAt).isEqualTo(until);
		assertThat(o.warned).isFalse();
		assertThat(o.overdue).isFalse();
		assertThat(o.extensionUntil).isNull();
	}

	@Test
	void decidingAnExtensionThatWasNeverAskedForIsRefused() {
		WorkOrder o = inProgress();
		assertThatThrownBy(() -> o.approveExtension(act(), null)).isInstanceOf(IllegalTransitionException.class);
		assertThatThrownBy(() -> o.rejectExtension(act(), "no")).isInstanceOf(IllegalTransitionException.class);
	}

	@Test
	void shelveAndUnshelveOnlyFromTheRightStates() {
		WorkOrder o = inProgress();
		o.shelve(act(), "budget", "next year");
		assertThat(o.status).isEqualTo(SHELVED);
		assertThatThrownBy(() -> o.reply(act(), "x", List.of(), false)).isInstanceOf(IllegalTransitionException.class);
		o.unshelve(act(), "budget arrived");
		assertThat(o.status).isEqualTo(IN_PROGRESS);
	}

	@Test
	void mergeAttachesADuplicateAndItClosesWithItsMaster() {
		WorkOrder master = revisiting();
		WorkOrder dup = received();
		dup.id = "id-2";
		dup.merge(act(), master);
		assertThat(dup.status).isEqualTo(MERGED);
		assertThat(dup.masterId).isEqualTo(master.id);
		master.revisit(act(), true, true, Satisfaction.SATISFIED, 3);
		dup.closeWithMaster(act(), master);
		assertThat(dup.status).isEqualTo(CLOSED);
		assertThat(dup.result).isEqualTo("fixed");
	}

	@Test
	void mergeIntoItselfOrIntoAFinalOrderIsRefused() {
		WorkOrder o = received();
		assertThatThrownBy(() -> o.merge(act(), o)).isInstanceOf(InvalidRequestException.class);
		WorkOrder closed = inProgress();
		assertThatThrownBy(() -> closed.merge(act(), closed)).as("400 before 409")
			.isInstanceOf(InvalidRequestException.class);
		WorkOrder cancelled = received();
		cancelled.id = "id-3";
		cancelled.cancel(act(), "test", false);
		assertThatThrownBy(() -> o.merge(act(), cancelled)).isInstanceOf(IllegalTransitionException.class);
	}

	@Test
	void cancelAfterDispatchNeedsASupervisor() {
		WorkOrder o = inProgress();
		assertThat(o.cancelNeedsSupervisor()).isTrue();
		assertThatThrownBy(() -> o.cancel(act(), "x", false)).isInstanceOf(IllegalTransitionException.class);
		o.cancel(act(), "harassment", true);
		assertThat(o.status).isEqualTo(CANCELLED);
		assertThatThrownBy(() -> o.cancel(act(), "again", true)).isInstanceOf(IllegalTransitionException.class);
	}

	@Test
	void answerClosesAConsultationAtIntake() {
		WorkOrder o = received();
		o.answer(act(), "KB-1", "政策如下");
		assertThat(o.status).isEqualTo(ANSWERED);
		assertThat(o.status.isFinal()).isTrue();
	}

	@Test
	void everyActionIsRefusedOutsideItsStates() {
		// For each terminal or side state, every verb other than the allowed ones fails with a 409 exception.
		List<Consumer<WorkOrder>> verbs = List.of(o -> o.answer(act(), null, "a"),
				o -> o.dispatch(act(), "U", List.of()), o -> o.reassign(act(), "U", List.of()), o -> o.sign(act()),
				o -> o.contact(act(), "PHONE", "x"), o -> o.requestReturn(act(), "r"), o -> o.approveReturn(act()),
				o -> o.rejectReturn(act(), "r"), o -> o.requestExtension(act(), now.plusSeconds(9999), "r"),
				o -> o.reply(act(), "r", List.of(), false), o -> o.verify(act(), true, List.of()),
				o -> o.revisit(act(), true, true, Satisfaction.SATISFIED, 3), o -> o.reopen(act(), "r", 5),
				o -> o.close(act(), "r"), o -> o.shelve(act(), "r", "p"), o -> o.unshelve(act(), "r"));
		WorkOrder closed = revisiting();
		closed.revisit(act(), true, true, Satisfaction.SATISFIED, 3);
		for (Consumer<WorkOrder> verb : verbs) {
			WorkOrderStatus before = closed.status;
			assertThatThrownBy(() -> verb.accept(closed)).isInstanceOf(IllegalTransitionException.class);
			assertThat(closed.status).isEqualTo(before);
		}
	}
}
