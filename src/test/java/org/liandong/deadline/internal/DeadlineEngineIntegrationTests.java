package org.liandong.deadline.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.liandong.deadline.DeadlineOwner;
import org.liandong.deadline.DeadlineStatus;
import org.liandong.deadline.Deadlines;
import org.liandong.deadline.LimitTooLongException;
import org.liandong.deadline.ScheduledDeadline;
import org.liandong.shared.LimitMode;
import org.liandong.shared.PageQuery;
import org.liandong.shared.TimeLimit;
import org.liandong.support.IntegrationTest;
import org.liandong.support.MutableClock;
import org.liandong.deadline.DeadlineBreached;
import org.liandong.deadline.DeadlineWarned;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.support.TransactionTemplate;

/** The deadline engine on the real database, with a hand-moved clock and the scheduled poller running alongside. */
@IntegrationTest
class DeadlineEngineIntegrationTests {

	private static final String KIND = "HANDLE";

	@Autowired
	Deadlines deadlines;

	@Autowired
	DeadlinePoller poller;

	@Autowired
	DeadlineRows rows;

	@Autowired
	MutableClock clock;

	@Autowired
	ClockAndEvents.RecordedEvents events;

	@Autowired
	TransactionTemplate transaction;

	private static DeadlineOwner owner() {
		return new DeadlineOwner("TEST", UUID.randomUUID().toString());
	}

	private static TimeLimit natural(String duration) {
		return TimeLimit.natural(Duration.parse(duration));
	}

	private DeadlineRow row(DeadlineOwner owner) {
		return rows.page(owner.type(), owner.id(), null, new PageQuery(0, 10)).content().get(0);
	}

	@Test
	void aLimitTooLongToComputeIsRefusedAndLeavesTheRunningClockAlone() {
		DeadlineOwner owner = owner();
		ScheduledDeadline running = deadlines.schedule(owner, KIND, clock.instant(), natural("PT1H"));
		assertThatThrownBy(() -> deadlines.schedule(owner, KIND, clock.instant(),
				new TimeLimit(Duration.ofDays(999_999_999), LimitMode.WORKING_DAYS)))
			.isInstanceOf(LimitTooLongException.class);
		assertThat(deadlines.active(owner)).containsExactly(running);
	}

	@Test
	void aOneMinuteDeadlineWarnsAtEightyPercentThenBreaches() {
		DeadlineOwner owner = owner();
		Instant start = clock.instant();
		ScheduledDeadline scheduled = deadlines.schedule(owner, KIND, start, natural("PT1M"));
		assertThat(scheduled.warnAt()).isEqualTo(scheduled.startedAt().plusSeconds(48));
		assertThat(scheduled.dueAt()).isEqualTo(scheduled.startedAt().plusSeconds(60));

		clock.advance(Duration.ofSeconds(50));
		poller.poll();
		assertThat(events.of(owner.id())).containsExactly("WARNED");
		assertThat(row(owner).status()).isEqualTo(DeadlineStatus.WARNED);

		clock.advance(Duration.ofSeconds(11));
		poller.poll();
		assertThat(events.of(owner.id())).containsExactly("WARNED", "BREACHED");
		assertThat(row(owner).status()).isEqualTo(DeadlineStatus.BREACHED);
		assertThat(deadlines.active(owner)).isEmpty();
	}

	@Test
	void aRowFoundLateFiresTheWarningThenTheBreach() {
		DeadlineOwner owner = owner();
		deadlines.schedule(owner, KIND, clock.instant(), natural("PT1M"));
		clock.advance(Duration.ofMinutes(5));
		poller.poll();
		assertThat(events.of(owner.id())).containsExactly("WARNED", "BREACHED");
		assertThat(row(owner).warnedAt()).isNotNull();
		assertThat(row(owner).breachedAt()).isNotNull();
	}

	@Test
	void theScheduledPollerFiresWithoutHelp() {
		DeadlineOwner owner = owner();
		deadlines.schedule(owner, KIND, clock.instant().minus(Duration.ofMinutes(2)), natural("PT1M"));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(events.of(owner.id())).containsExactly("WARNED", "BREACHED"));
	}

	@Test
	void twoPollersRacingFireEachEventExactlyOnce() throws Exception {
		List<DeadlineOwner> owners = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			DeadlineOwner owner = owner();
			owners.add(owner);
			// Half are late for both events, half only for the warning.
			deadlines.schedule(owner, KIND, clock.instant(), natural(i % 2 == 0 ? "PT1M" : "PT10M"));
		}
		clock.advance(Duration.ofMinutes(9));
		CyclicBarrier start = new CyclicBarrier(3);
		ExecutorService pool = Executors.newFixedThreadPool(3);
		try {
			List<Future<Integer>> polls = new ArrayList<>();
			for (int t = 0; t < 3; t++) {
				polls.add(pool.submit(() -> {
					start.await();
					return poller.poll();
				}));
			}
			for (Future<Integer> poll : polls) {
				poll.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
		for (int i = 0; i < owners.size(); i++) {
			List<String> fired = events.of(owners.get(i).id());
			if (i % 2 == 0) {
				assertThat(fired).as("owner %d", i).containsExactly("WARNED", "BREACHED");
			}
			else {
				assertThat(fired).as("owner %d", i).containsExactly("WARNED");
			}
		}
	}

	@Test
	void scheduleReplacesTheActiveDeadlineOfTheSameKind() {
		DeadlineOwner owner = owner();
		ScheduledDeadline first = deadlines.schedule(owner, KIND, clock.instant(), natural("PT1H"));
		ScheduledDeadline second = deadlines.schedule(owner, KIND, clock.instant(), natural("PT2H"));
		deadlines.schedule(owner, "SIGN", clock.instant(), natural("PT1H"));
		assertThat(deadlines.active(owner)).extracting(ScheduledDeadline::id).hasSize(2).contains(second.id())
			.doesNotContain(first.id());
		assertThat(rows.page(owner.type(), owner.id(), DeadlineStatus.COMPLETED, new PageQuery(0, 10)).content())
			.extracting(DeadlineRow::id).containsExactly(first.id());
	}

	@Test
	void aCompletedDeadlineNeverFires() {
		DeadlineOwner owner = owner();
		deadlines.schedule(owner, KIND, clock.instant(), natural("PT1M"));
		deadlines.complete(owner, KIND);
		clock.advance(Duration.ofMinutes(2));
		poller.poll();
		assertThat(events.of(owner.id())).isEmpty();
		assertThat(row(owner).status()).isEqualTo(DeadlineStatus.COMPLETED);
	}

	@Test
	void movingTheDueTimeAfterABreachPutsTheRowBackAndItFiresAgain() {
		DeadlineOwner owner = owner();
		Instant start = clock.instant();
		deadlines.schedule(owner, KIND, start, natural("PT1M"));
		clock.advance(Duration.ofMinutes(2));
		poller.poll();
		assertThat(row(owner).status()).isEqualTo(DeadlineStatus.BREACHED);

		ScheduledDeadline moved = deadlines.moveDue(owner, KIND, clock.instant().plus(Duration.ofMinutes(8))).orElseThrow();
		assertThat(moved.status()).isEqualTo(DeadlineStatus.PENDING);
		assertThat(moved.warnAt()).as("80 % of the new span from the start").isEqualTo(moved.startedAt().plusSeconds(480));
		assertThat(row(owner).breachedAt()).isNull();

		clock.advance(Duration.ofMinutes(7));
		poller.poll();
		assertThat(events.of(owner.id())).containsExactly("WARNED", "BREACHED", "WARNED");
		clock.advance(Duration.ofMinutes(2));
		poller.poll();
		assertThat(events.of(owner.id())).containsExactly("WARNED", "BREACHED", "WARNED", "BREACHED");
	}

	@Test
	void anExtensionPastTheWarningPointIsPendingAndWarnedAgainByTheNextPoll() {
		DeadlineOwner owner = owner();
		deadlines.schedule(owner, KIND, clock.instant(), natural("PT10M"));
		clock.advance(Duration.ofMinutes(11));
		poller.poll();
		ScheduledDeadline moved = deadlines.moveDue(owner, KIND, clock.instant().plus(Duration.ofMinutes(1))).orElseThrow();
		assertThat(moved.status()).as("the new time is ahead: cleared, as CONTRACT §4 has the order's flags")
			.isEqualTo(DeadlineStatus.PENDING);
		assertThat(row(owner).warnedAt()).isNull();
		poller.poll();
		assertThat(events.of(owner.id())).as("the new span's warning point has passed: warned at once")
			.containsExactly("WARNED", "BREACHED", "WARNED");
		clock.advance(Duration.ofMinutes(2));
		poller.poll();
		assertThat(events.of(owner.id())).containsExactly("WARNED", "BREACHED", "WARNED", "BREACHED");
		assertThat(deadlines.moveDue(owner(), KIND, clock.instant())).isEmpty();
	}

	@Test
	void suspendingAndResumingAddsThePausedTime() {
		DeadlineOwner owner = owner();
		Instant start = clock.instant();
		ScheduledDeadline scheduled = deadlines.schedule(owner, KIND, start, natural("PT1H"));
		deadlines.suspendAll(owner, clock.instant().plus(Duration.ofMinutes(10)));
		clock.advance(Duration.ofHours(3));
		poller.poll();
		assertThat(events.of(owner.id())).isEmpty();
		assertThat(deadlines.active(owner)).extracting(ScheduledDeadline::status).containsExactly(DeadlineStatus.SUSPENDED);

		List<ScheduledDeadline> resumed = deadlines.resumeAll(owner, clock.instant());
		Duration paused = Duration.between(start.plus(Duration.ofMinutes(10)), clock.instant());
		assertThat(resumed).singleElement().satisfies(d -> {
			assertThat(d.status()).isEqualTo(DeadlineStatus.PENDING);
			assertThat(d.dueAt()).isEqualTo(scheduled.dueAt().plus(paused));
			assertThat(d.warnAt()).isEqualTo(scheduled.warnAt().plus(paused));
		});
	}

	@Test
	void resumingAWorkingHoursDeadlineKeepsTheWorkingTimeThatWasLeft() {
		DeadlineOwner owner = owner();
		TimeLimit twoHours = new TimeLimit(Duration.ofHours(2), LimitMode.WORKING_HOURS);
		ScheduledDeadline scheduled = transaction.execute(s -> {
			ScheduledDeadline d = deadlines.schedule(owner, KIND, WorkingTimeTests.local("2026-03-02T09:00"), twoHours);
			deadlines.suspendAll(owner, WorkingTimeTests.local("2026-03-02T10:00"));
			return d;
		});
		assertThat(scheduled.dueAt()).isEqualTo(WorkingTimeTests.local("2026-03-02T11:00"));
		List<ScheduledDeadline> resumed = deadlines.resumeAll(owner, WorkingTimeTests.local("2026-03-03T17:00"));
		assertThat(resumed).singleElement()
			.satisfies(d -> assertThat(d.dueAt()).as("30 min on Tuesday, 30 min on Wednesday")
				.isEqualTo(WorkingTimeTests.local("2026-03-04T09:00")));
	}

	@Test
	void resumingAWorkingDaysDeadlineKeepsItsDueTimeAtTheStartOfAWorkingPeriod() {
		TimeLimit fiveDays = new TimeLimit(Duration.ofDays(5), LimitMode.WORKING_DAYS);
		// started on a Sunday morning: due on the fifth working day at the anchor's 08:30
		DeadlineOwner atOnce = owner();
		ScheduledDeadline scheduled = transaction.execute(s -> {
			ScheduledDeadline d = deadlines.schedule(atOnce, KIND, WorkingTimeTests.local("2026-11-29T04:46"),
					fiveDays);
			deadlines.suspendAll(atOnce, WorkingTimeTests.local("2026-11-29T05:00"));
			return d;
		});
		assertThat(scheduled.dueAt()).isEqualTo(WorkingTimeTests.local("2026-12-07T08:30"));
		// shelved and taken up again on the Sunday: no working time passed, nothing moves (not to Friday 17:30)
		assertThat(deadlines.resumeAll(atOnce, WorkingTimeTests.local("2026-11-29T05:01"))).singleElement()
			.satisfies(d -> {
				assertThat(d.dueAt()).isEqualTo(scheduled.dueAt());
				assertThat(d.warnAt()).isEqualTo(scheduled.warnAt());
			});
		// paused from Monday 10:00 to Tuesday 10:00: one working day later, at the same 08:30
		DeadlineOwner aDay = owner();
		transaction.executeWithoutResult(s -> {
			deadlines.schedule(aDay, KIND, WorkingTimeTests.local("2026-11-29T04:46"), fiveDays);
			deadlines.suspendAll(aDay, WorkingTimeTests.local("2026-11-30T10:00"));
		});
		assertThat(deadlines.resumeAll(aDay, WorkingTimeTests.local("2026-12-01T10:00"))).singleElement()
			.satisfies(d -> assertThat(d.dueAt()).isEqualTo(WorkingTimeTests.local("2026-12-08T08:30")));
	}

	@Test
	void aFiringThatKeepsFailingIsRetriedWithBackoffThenParkedDead() {
		DeadlineOwner owner = new DeadlineOwner(ClockAndEvents.FAILING, UUID.randomUUID().toString());
		deadlines.schedule(owner, KIND, clock.instant(), natural("PT1M"));
		clock.advance(Duration.ofMinutes(2));
		poller.poll();
		DeadlineRow failed = row(owner);
		assertThat(failed.status()).isEqualTo(DeadlineStatus.PENDING);
		assertThat(failed.attempts()).isEqualTo(1);
		assertThat(failed.nextAttemptAt()).isEqualTo(clock.instant().plusSeconds(30));
		assertThat(failed.lastError()).contains("listener refuses");

		poller.poll();
		assertThat(row(owner).attempts()).as("no retry before the backoff").isEqualTo(1);

		for (int i = 0; i < 10 && row(owner).status() != DeadlineStatus.DEAD; i++) {
			clock.advance(Duration.ofHours(1));
			poller.poll();
		}
		assertThat(row(owner).status()).isEqualTo(DeadlineStatus.DEAD);
		assertThat(row(owner).attempts()).isEqualTo(5);
		assertThat(events.of(owner.id())).isEmpty();
	}

	/** A clock the tests move by hand, and a listener that records (or, for owner type FAILING, refuses) events. */
	@TestConfiguration(proxyBeanMethods = false)
	static class ClockAndEvents {

		static final String FAILING = "FAILING";

		@Bean
		@Primary
		MutableClock mutableClock() {
			return new MutableClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));
		}

		@Bean
		RecordedEvents recordedEvents() {
			return new RecordedEvents();
		}

		/** The deadline events in the order they were published (inside the firing transactions). */
		static class RecordedEvents {

			private final List<Object> events = new CopyOnWriteArrayList<>();

			@EventListener
			void on(DeadlineWarned event) {
				if (FAILING.equals(event.ownerType())) {
					throw new IllegalStateException("listener refuses " + event.ownerId());
				}
				events.add(event);
			}

			@EventListener
			void on(DeadlineBreached event) {
				events.add(event);
			}

			/** The events of one owner id, as "WARNED"/"BREACHED" in publication order. */
			List<String> of(String ownerId) {
				return events.stream().map(e -> {
					if (e instanceof DeadlineWarned w && w.ownerId().equals(ownerId)) {
						return "WARNED";
					}
					if (e instanceof DeadlineBreached b && b.ownerId().equals(ownerId)) {
						return "BREACHED";
					}
					return null;
				}).filter(s -> s != null).toList();
			}

			List<Object> all() {
				return List.copyOf(events);
			}
		}
	}
}
