package org.liandong.deadline.internal;

import static org.liandong.deadline.DeadlineStatus.BREACHED;
import static org.liandong.deadline.DeadlineStatus.COMPLETED;
import static org.liandong.deadline.DeadlineStatus.PENDING;
import static org.liandong.deadline.DeadlineStatus.SUSPENDED;
import static org.liandong.deadline.DeadlineStatus.WARNED;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.liandong.deadline.DeadlineOwner;
import org.liandong.deadline.DeadlineStatus;
import org.liandong.deadline.Deadlines;
import org.liandong.deadline.ScheduledDeadline;
import org.liandong.shared.TimeLimit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deadline rows behind {@link Deadlines}. Every method joins the caller's transaction and locks the owner's rows
 * it changes, so that a poller firing the same row at the same time loses its claim instead of overwriting.
 */
@Service
@Transactional(propagation = Propagation.REQUIRED)
class DeadlineService implements Deadlines {

	private static final Set<DeadlineStatus> RUNNING = Set.of(PENDING, WARNED);

	private static final Set<DeadlineStatus> ACTIVE = Set.of(PENDING, WARNED, SUSPENDED);

	private static final Set<DeadlineStatus> MOVABLE = Set.of(PENDING, WARNED, BREACHED, SUSPENDED);

	private final DeadlineRows rows;

	private final CachedBusinessCalendar calendar;

	private final DeadlineProperties properties;

	private final Clock clock;

	DeadlineService(DeadlineRows rows, CachedBusinessCalendar calendar, DeadlineProperties properties, Clock clock) {
		this.rows = rows;
		this.calendar = calendar;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public ScheduledDeadline schedule(DeadlineOwner owner, String kind, Instant start, TimeLimit limit) {
		check(owner, kind);
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(limit, "limit");
		// the times first: a limit that cannot be computed (LimitTooLongException) leaves the running clocks alone
		WorkingTime time = calendar.current();
		Instant begin = millis(start);
		Instant warn = time.partOf(begin, limit, properties.warnShare());
		Instant due = time.due(begin, limit);
		for (DeadlineRow active : rows.lockByOwner(owner, kind, ACTIVE)) {
			rows.update(active.retimed(active.startedAt(), active.warnAt(), active.dueAt(), COMPLETED, null, null,
					active.warnedAt(), active.breachedAt()));
		}
		Instant now = millis(clock.instant());
		DeadlineRow row = new DeadlineRow(UUID.randomUUID().toString(), owner, kind, limit.mode(), limit.duration(),
				begin, warn, due, PENDING, null, null, null, null, 0, null, null, 0, now, now);
		rows.insert(row);
		return row.toScheduled();
	}

	@Override
	public Optional<ScheduledDeadline> moveDue(DeadlineOwner owner, String kind, Instant newDue) {
		check(owner, kind);
		Objects.requireNonNull(newDue, "newDue");
		Optional<DeadlineRow> latest = rows.lockByOwner(owner, kind, MOVABLE).stream()
			.max(Comparator.comparing(DeadlineRow::createdAt));
		if (latest.isEmpty()) {
			return Optional.empty();
		}
		DeadlineRow row = latest.get();
		Instant due = millis(newDue);
		Instant warn = calendar.current().shareOfSpan(row.startedAt(), due, row.working(), properties.warnShare());
		Instant now = clock.instant();
		DeadlineRow moved;
		if (row.status() == SUSPENDED) {
			DeadlineStatus resume = due.isAfter(now) ? PENDING : row.resumeStatus();
			moved = row.retimed(row.startedAt(), warn, due, SUSPENDED, resume, row.suspendedAt(),
					resume == PENDING ? null : row.warnedAt(), null);
		}
		else if (due.isAfter(now)) {
			// A due time ahead starts the row afresh (CONTRACT §4: an approved extension clears warned and overdue):
			// its warning comes at the new span's warning point, at the next poll where that has passed already.
			moved = row.retimed(row.startedAt(), warn, due, PENDING, null, null, null, null);
		}
		else {
			moved = row.retimed(row.startedAt(), warn, due, row.status(), null, null, row.warnedAt(), row.breachedAt());
		}
		rows.update(moved);
		return Optional.of(moved.toScheduled());
	}

	@Override
	public void complete(DeadlineOwner owner, String kind) {
		check(owner, kind);
		completeRows(owner, kind);
	}

	@Override
	public void completeAll(DeadlineOwner owner) {
		check(owner, "ALL");
		completeRows(owner, null);
	}

	@Override
	public void suspendAll(DeadlineOwner owner, Instant suspendAt) {
		check(owner, "ALL");
		Instant at = millis(Objects.requireNonNull(suspendAt, "at"));
		for (DeadlineRow row : rows.lockByOwner(owner, null, RUNNING)) {
			rows.update(row.retimed(row.startedAt(), row.warnAt(), row.dueAt(), SUSPENDED, row.status(), at,
					row.warnedAt(), row.breachedAt()));
		}
	}

	@Override
	public List<ScheduledDeadline> resumeAll(DeadlineOwner owner, Instant resumeAt) {
		check(owner, "ALL");
		Instant at = millis(Objects.requireNonNull(resumeAt, "at"));
		WorkingTime time = calendar.current();
		return rows.lockByOwner(owner, null, Set.of(SUSPENDED)).stream().map(row -> {
			Instant from = row.suspendedAt();
			Instant resumed = at.isBefore(from) ? from : at;
			Duration paused = Duration.between(from, resumed);
			DeadlineRow moved = row.retimed(row.startedAt().plus(paused), shift(time, row, row.warnAt(), resumed),
					shift(time, row, row.dueAt(), resumed), row.resumeStatus() == null ? PENDING : row.resumeStatus(),
					null, null, row.warnedAt(), row.breachedAt());
			rows.update(moved);
			return moved.toScheduled();
		}).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<ScheduledDeadline> active(DeadlineOwner owner) {
		check(owner, "ALL");
		return rows.byOwner(owner, ACTIVE).stream().map(DeadlineRow::toScheduled).toList();
	}

	/**
	 * Where a time of a suspended row falls after resuming: the time left at the suspension, measured in the row's
	 * mode, counted again from the resumption. A time already past at the suspension moves by the paused time.
	 * A time at the start of a working period (a WORKING_DAYS due time anchored at Monday 08:30) stays at the start
	 * of one: counting its working time out again ends at the end of the period before (Friday 17:30), the same
	 * working time but a weekend earlier on the wall clock, so that a pause of no working time would have made the
	 * order due, and overdue, sooner.
	 */
	private static Instant shift(WorkingTime time, DeadlineRow row, Instant t, Instant resumed) {
		Instant suspended = row.suspendedAt();
		if (!t.isAfter(suspended) || !row.working()) {
			return t.plus(Duration.between(suspended, resumed));
		}
		Instant shifted = time.plusWorking(resumed, time.workingBetween(suspended, t));
		return time.startsPeriod(t) && time.endsPeriod(shifted) ? time.nextWorkingInstant(shifted) : shifted;
	}

	/** Times are kept to the millisecond, so that what a method returns is what the database holds. */
	private static Instant millis(Instant t) {
		return t.truncatedTo(ChronoUnit.MILLIS);
	}

	private void completeRows(DeadlineOwner owner, String kind) {
		for (DeadlineRow row : rows.lockByOwner(owner, kind, ACTIVE)) {
			rows.update(row.retimed(row.startedAt(), row.warnAt(), row.dueAt(), COMPLETED, null, null, row.warnedAt(),
					row.breachedAt()));
		}
	}

	private static void check(DeadlineOwner owner, String kind) {
		if (owner == null || owner.type() == null || owner.id() == null || owner.type().isBlank()
				|| owner.id().isBlank()) {
			throw new IllegalArgumentException("A deadline needs an owner type and id");
		}
		if (kind == null || kind.isBlank() || kind.length() > 40 || owner.type().length() > 40
				|| owner.id().length() > 100) {
			throw new IllegalArgumentException("A deadline needs a kind (at most 40 characters)");
		}
	}
}
