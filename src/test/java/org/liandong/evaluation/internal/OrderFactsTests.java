package org.liandong.evaluation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.liandong.workorder.Satisfaction;
import org.liandong.workorder.WorkOrderEvent;
import org.liandong.workorder.WorkOrderEvent.*;
import org.liandong.workorder.WorkOrderStatus;

class OrderFactsTests {

	static final String ID = "o1";
	static final Instant T0 = Instant.parse("2026-03-10T01:00:00Z"); // 09:00 in Weihai
	static final LocalDate D0 = LocalDate.of(2026, 3, 10);

	static Instant at(int hours) {
		return T0.plusSeconds(hours * 3600L);
	}

	static Dispatched dispatched(String unit, int h) {
		return new Dispatched(ID, unit, List.of(), "CG-0101", "371002003001", false, at(h + 2), at(h + 24),
				at(h + 100), at(h));
	}

	static Revisited answer(String unit, boolean resolved, Satisfaction s, int h) {
		return new Revisited(ID, unit, true, resolved, s, 1, at(h));
	}

	static Tally tally(Map<OrderFacts.Key, Tally> t, String unit, LocalDate day) {
		return t.getOrDefault(new OrderFacts.Key(unit, day), Tally.ZERO);
	}

	List<WorkOrderEvent> happyPath() {
		return List.of(new Received(ID, "WH1", null, null, null, "371002003001", at(0)), dispatched("A", 0),
				new Signed(ID, "A", true, at(1)), new CitizenContacted(ID, "A", "PHONE", true, true, at(2)),
				new Replied(ID, "A", true, WorkOrderStatus.REVISITING, at(5)),
				answer("A", true, Satisfaction.SATISFIED, 30), new Closed(ID, "A", null, false, at(30)));
	}

	@Test
	void anOrderWhoseMasterWasCancelledCountsAgainFromItsReturnOnly() {
		var r = OrderFacts.of(List.of(new Received(ID, "WH1", null, null, null, "371002003001", at(0)),
				dispatched("A", 0), new Merged(ID, "m1", at(1)), new Unmerged(ID, "m1", at(2)), dispatched("B", 3),
				new Signed(ID, "B", true, at(4)), new Replied(ID, "B", true, WorkOrderStatus.REVISITING, at(6))));
		assertThat(tally(r.tallies(), "A", D0)).isEqualTo(Tally.ZERO); // its dispatch before the merge is not A's
		Tally b = tally(r.tallies(), "B", D0);
		assertThat(b.dispatched()).isEqualTo(1);
		assertThat(b.signedOnTime()).isEqualTo(1);
		assertThat(b.replied()).isEqualTo(1);
		// merged for good, it is not counted at all
		assertThat(OrderFacts.of(List.of(dispatched("A", 0), new Merged(ID, "m1", at(1)))).tallies()).isEmpty();
	}

	@Test
	void countsTheHappyPathOnTheDaysOfDispatchReplyAndAnswer() {
		var r = OrderFacts.of(happyPath());
		assertThat(r.regionCode()).isEqualTo("371002003001");
		assertThat(r.itemCode()).isEqualTo("CG-0101");
		Tally day0 = tally(r.tallies(), "A", D0);
		assertThat(day0.dispatched()).isEqualTo(1);
		assertThat(day0.signedOnTime()).isEqualTo(1);
		assertThat(day0.responded()).isEqualTo(1);
		assertThat(day0.replied()).isEqualTo(1);
		assertThat(day0.repliedOnTime()).isEqualTo(1);
		assertThat(day0.handleSeconds()).isEqualTo(5 * 3600);
		assertThat(day0.revisits()).isZero();
		Tally day1 = tally(r.tallies(), "A", D0.plusDays(1));
		assertThat(day1.revisits()).isEqualTo(1);
		assertThat(day1.resolved()).isEqualTo(1);
		assertThat(day1.satisfied()).isEqualTo(1);
	}

	@Test
	void deliveryOrderAndDuplicatesDoNotChangeTheFacts() {
		var expected = OrderFacts.of(happyPath()).tallies();
		Random random = new Random(42);
		for (int i = 0; i < 20; i++) {
			List<WorkOrderEvent> shuffled = new ArrayList<>(happyPath());
			shuffled.addAll(happyPath().subList(0, random.nextInt(happyPath().size())));
			Collections.shuffle(shuffled, random);
			assertThat(OrderFacts.of(shuffled).tallies()).isEqualTo(expected);
		}
	}

	@Test
	void lateSignAndLateContactCountAsDispatchedButNotOnTime() {
		var r = OrderFacts.of(List.of(dispatched("A", 0), new Signed(ID, "A", false, at(3)),
				new CitizenContacted(ID, "A", "PHONE", true, false, at(30)),
				new CitizenContacted(ID, "A", "PHONE", false, false, at(31))));
		Tally t = tally(r.tallies(), "A", D0);
		assertThat(t.dispatched()).isEqualTo(1);
		assertThat(t.signedOnTime()).isZero();
		assertThat(t.responded()).isZero();
	}

	@Test
	void anApprovedReturnCountsForTheFirstUnitAndTheRedispatchForTheNext() {
		var r = OrderFacts.of(List.of(dispatched("A", 0), new ReturnDecided(ID, "A", true, "wrong unit", at(1)),
				dispatched("B", 2), new Signed(ID, "B", true, at(3))));
		assertThat(tally(r.tallies(), "A", D0)).isEqualTo(Tally.dispatch(false, false, true));
		assertThat(tally(r.tallies(), "B", D0)).isEqualTo(Tally.dispatch(true, false, false));
	}

	@Test
	void aLaterAnswerReplacesTheEarlierOneAndReopensAreCounted() {
		var r = OrderFacts.of(List.of(dispatched("A", 0), new Signed(ID, "A", true, at(1)),
				new Replied(ID, "A", true, WorkOrderStatus.REVISITING, at(2)),
				answer("A", false, Satisfaction.DISSATISFIED, 3), new Reopened(ID, "A", 1, "again", at(4)),
				new Signed(ID, "A", false, at(5)), new Replied(ID, "A", false, WorkOrderStatus.REVISITING, at(30)),
				answer("A", true, Satisfaction.BASICALLY_SATISFIED, 50), new Closed(ID, "A", null, false, at(50))));
		Tally day0 = tally(r.tallies(), "A", D0);
		assertThat(day0.signedOnTime()).as("the sign after a reopen does not replace the first").isEqualTo(1);
		assertThat(day0.reopens()).isEqualTo(1);
		assertThat(day0.revisits()).as("the first answer was replaced").isZero();
		Tally day1 = tally(r.tallies(), "A", D0.plusDays(1));
		assertThat(day1.replied()).isEqualTo(1);
		assertThat(day1.repliedOnTime()).isZero();
		assertThat(day1.handleSeconds()).as("from the reopen").isEqualTo(26 * 3600);
		Tally day2 = tally(r.tallies(), "A", D0.plusDays(2));
		assertThat(day2.revisits()).isEqualTo(1);
		assertThat(day2.basicallySatisfied()).isEqualTo(1);
	}

	@Test
	void anOrderClosedAfterADissatisfiedAnswerKeepsIt() {
		var r = OrderFacts.of(List.of(dispatched("A", 0), new Replied(ID, "A", true, WorkOrderStatus.REVISITING,
				at(2)), answer("A", false, Satisfaction.DISSATISFIED, 3),
				new Closed(ID, "A", "诉求不合理", false, at(4))));
		Tally t = tally(r.tallies(), "A", D0);
		assertThat(t.revisits()).isEqualTo(1);
		assertThat(t.resolved()).isZero();
		assertThat(t.dissatisfied()).isEqualTo(1);
	}

	@Test
	void anOrderClosedWithoutAnAnswerCountsAsADissatisfiedRevisitOnTheDayOfTheClose() {
		var r = OrderFacts.of(List.of(dispatched("A", 0), new Replied(ID, "A", true, WorkOrderStatus.REVISITING,
				at(2)), new Revisited(ID, "A", false, null, null, 1, at(3)),
				new Closed(ID, "A", "诉求不合理", false, at(30))));
		assertThat(tally(r.tallies(), "A", D0).revisits()).isZero();
		Tally t = tally(r.tallies(), "A", D0.plusDays(1));
		assertThat(t.revisits()).isEqualTo(1);
		assertThat(t.resolved()).isZero();
		assertThat(t.dissatisfied()).isEqualTo(1);
		assertThat(t.satisfied() + t.basicallySatisfied()).isZero();
	}

	@Test
	void aCloseWithoutANewAnswerAfterAReopenKeepsTheEarlierAnswer() {
		var r = OrderFacts.of(List.of(dispatched("A", 0), new Replied(ID, "A", true, WorkOrderStatus.REVISITING,
				at(2)), answer("A", false, Satisfaction.BASICALLY_SATISFIED, 3),
				new Reopened(ID, "A", 1, "again", at(4)), new Replied(ID, "A", true, WorkOrderStatus.REVISITING,
						at(6)), new Closed(ID, "A", "诉求不合理", false, at(30))));
		Tally t = tally(r.tallies(), "A", D0);
		assertThat(t.revisits()).as("the citizen's answer, not a second revisit").isEqualTo(1);
		assertThat(t.basicallySatisfied()).isEqualTo(1);
		assertThat(tally(r.tallies(), "A", D0.plusDays(1))).isEqualTo(Tally.ZERO);
	}

	@Test
	void aCloseWithoutAnAnswerRedeliveredOrOutOfOrderCountsOnce() {
		List<WorkOrderEvent> events = List.of(dispatched("A", 0), new Replied(ID, "A", true,
				WorkOrderStatus.REVISITING, at(2)), new Closed(ID, "A", "诉求不合理", false, at(4)));
		var expected = OrderFacts.of(events).tallies();
		List<WorkOrderEvent> twice = new ArrayList<>(events);
		twice.addAll(events);
		Collections.shuffle(twice, new Random(7));
		assertThat(OrderFacts.of(twice).tallies()).isEqualTo(expected);
		assertThat(tally(expected, "A", D0).revisits()).isEqualTo(1);
	}

	@Test
	void anUnreachableOrderIsLeftOutOfResolutionAndSatisfaction() {
		var r = OrderFacts.of(List.of(dispatched("A", 0), new Replied(ID, "A", true, WorkOrderStatus.REVISITING,
				at(2)), new Revisited(ID, "A", false, null, null, 1, at(3)),
				new Revisited(ID, "A", false, null, null, 2, at(4)),
				new Revisited(ID, "A", false, null, null, 3, at(5)), new Closed(ID, "A", "unreachable", true, at(5))));
		Tally t = tally(r.tallies(), "A", D0);
		assertThat(t.dispatched()).isEqualTo(1);
		assertThat(t.replied()).isEqualTo(1);
		assertThat(t.revisits()).isZero();
	}

	@Test
	void aReopenedOrderClosedAsUnreachableKeepsTheAnswerTheCitizenGave() {
		var r = OrderFacts.of(List.of(dispatched("A", 0), new Replied(ID, "A", true, WorkOrderStatus.REVISITING,
				at(2)), answer("A", false, Satisfaction.DISSATISFIED, 3), new Reopened(ID, "A", 1, "again", at(4)),
				new Replied(ID, "A", true, WorkOrderStatus.REVISITING, at(6)),
				new Revisited(ID, "A", false, null, null, 1, at(7)), new Revisited(ID, "A", false, null, null, 2, at(8)),
				new Revisited(ID, "A", false, null, null, 3, at(9)), new Closed(ID, "A", "unreachable", true, at(9))));
		Tally t = tally(r.tallies(), "A", D0);
		assertThat(t.revisits()).as("three missed calls do not erase a dissatisfied answer").isEqualTo(1);
		assertThat(t.resolved()).isZero();
		assertThat(t.dissatisfied()).isEqualTo(1);
		assertThat(t.replied()).isEqualTo(2);
	}

	@Test
	void anAssignmentReassignedAwayBeforeItsSignDeadlineIsNotTheFirstUnits() {
		Dispatched toB = new Dispatched(ID, "B", List.of(), "CG-0101", "371002003001", true, at(3), at(25),
				at(101), at(1));
		var r = OrderFacts.of(List.of(dispatched("A", 0), toB, new Signed(ID, "B", true, at(2))));
		assertThat(tally(r.tallies(), "A", D0)).as("A's sign was due at +2 h; it was taken away at +1 h")
			.isEqualTo(Tally.ZERO);
		assertThat(tally(r.tallies(), "B", D0)).isEqualTo(Tally.dispatch(true, false, false));

		Dispatched lateToB = new Dispatched(ID, "B", List.of(), "CG-0101", "371002003001", true, at(5), at(27),
				at(103), at(3));
		var late = OrderFacts.of(List.of(dispatched("A", 0), lateToB));
		assertThat(tally(late.tallies(), "A", D0)).as("taken away after its sign deadline, unsigned: A's failure")
			.isEqualTo(Tally.dispatch(false, false, false));

		var signed = OrderFacts.of(List.of(dispatched("A", 0), new Signed(ID, "A", true, at(0).plusSeconds(60)),
				toB));
		assertThat(tally(signed.tallies(), "A", D0)).as("signed before it was taken away: A's assignment")
			.isEqualTo(Tally.dispatch(true, false, false));
	}

	@Test
	void mergedCancelledAndAnsweredOrdersCountNowhere() {
		assertThat(OrderFacts.of(List.of(dispatched("A", 0), new Merged(ID, "m", at(1)),
				new Closed(ID, null, "closed with master", false, at(9)))).tallies()).isEmpty();
		assertThat(OrderFacts.of(List.of(dispatched("A", 0), new Cancelled(ID, "test", at(1)))).tallies()).isEmpty();
		assertThat(OrderFacts.of(List.of(new Answered(ID, null, at(0)))).tallies()).isEmpty();
	}

	@Test
	void aHandlingBreachCountsOncePerDueTime() {
		var breach = new DeadlineFlagged(ID, "A", "HANDLE", true, at(100), at(100));
		var r = OrderFacts.of(List.of(dispatched("A", 0), new DeadlineFlagged(ID, "A", "HANDLE", false, at(80),
				at(80)), breach, new DeadlineFlagged(ID, "A", "HANDLE", true, at(100), at(100).plusMillis(5)),
				new DeadlineFlagged(ID, "A", "SIGN", true, at(2), at(2))));
		long overdue = r.tallies().values().stream().mapToLong(Tally::overdue).sum();
		assertThat(overdue).isEqualTo(1);
	}
}
