package org.liandong.evaluation.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.liandong.shared.Zones;
import org.liandong.workorder.Satisfaction;
import org.liandong.workorder.WorkOrderEvent;
import org.liandong.workorder.WorkOrderEvent.*;

/**
 * The counting rules of docs/evaluation.md as one pure function: from all rate-relevant events of one order (in any
 * order, duplicates allowed) to its contributions per unit and day. Rebuilding an order's facts from its whole event
 * history on every event makes the read model independent of delivery order and repetition.
 * <p>
 * Revisits count the order's latest answer; an order closed ({@code close}, e.g. 诉求不合理) with no answer of the
 * citizen on record counts as a revisit not resolved and dissatisfied on the day of the close (DESIGN §3), so that
 * closing cannot keep an outcome out of the rates. Only the unreachable close (three failed attempts) stays out.
 */
final class OrderFacts {

	/** One unit's contribution on one city date. */
	record Key(String unitCode, LocalDate day) implements Comparable<Key> {
		@Override
		public int compareTo(Key o) {
			int c = unitCode.compareTo(o.unitCode);
			return c != 0 ? c : day.compareTo(o.day);
		}
	}

	/** The order's place and item (for district, street and item views) and its contributions. */
	record Result(String regionCode, String itemCode, Map<Key, Tally> tallies) {
	}

	/** Events of one instant in the order the aggregate registers them. */
	private static final List<Class<?>> RANK = List.of(Received.class, Answered.class, Dispatched.class,
			Signed.class, CitizenContacted.class, ReturnDecided.class, DeadlineFlagged.class, Replied.class,
			Revisited.class, Closed.class, Reopened.class, Merged.class, Unmerged.class, Cancelled.class);

	private static final class Assignment {
		final String unit;
		final LocalDate day;
		final Instant signDueAt;
		boolean signSeen;
		boolean signedOnTime;
		boolean contactSeen;
		boolean responded;
		boolean returned;

		Assignment(String unit, LocalDate day, Instant signDueAt) {
			this.unit = unit;
			this.day = day;
			this.signDueAt = signDueAt;
		}

		/** Taken away by a reassignment before the unit had to sign, and not signed: the dispatcher's correction. */
		boolean withdrawnBeforeDue(Dispatched next) {
			return next.reassigned() && !signSeen && signDueAt != null && next.at().isBefore(signDueAt);
		}
	}

	private OrderFacts() {
	}

	static Result of(List<WorkOrderEvent> events) {
		List<WorkOrderEvent> sorted = new ArrayList<>(new LinkedHashSet<>(events));
		sorted.sort(Comparator.comparing(WorkOrderEvent::at).thenComparingInt(e -> RANK.indexOf(e.getClass())));
		String region = null;
		String item = null;
		boolean excluded = false;
		List<Assignment> assignments = new ArrayList<>();
		Assignment current = null;
		Instant clockStart = null;
		Map<Key, Tally> tallies = new TreeMap<>();
		Revisited answer = null;
		Closed closed = null;
		Set<Instant> breachedDues = new HashSet<>();
		for (WorkOrderEvent e : sorted) {
			if (e instanceof Received r) {
				region = r.regionCode() != null ? r.regionCode() : region;
				item = r.itemCode() != null ? r.itemCode() : item;
			}
			else if (e instanceof Dispatched d) {
				region = d.regionCode() != null ? d.regionCode() : region;
				item = d.itemCode() != null ? d.itemCode() : item;
				if (current != null && current.withdrawnBeforeDue(d)) {
					assignments.remove(current);
				}
				current = new Assignment(d.leadUnitCode(), day(d.at()), d.signDueAt());
				assignments.add(current);
				clockStart = d.at();
			}
			else if (e instanceof Signed s && current != null && !current.signSeen) {
				current.signSeen = true;
				current.signedOnTime = s.onTime();
			}
			else if (e instanceof CitizenContacted c && current != null && !current.contactSeen) {
				current.contactSeen = true;
				current.responded = c.withinLimit();
			}
			else if (e instanceof ReturnDecided r && r.approved() && current != null) {
				current.returned = true;
				current = null;
			}
			else if (e instanceof Replied r) {
				long seconds = clockStart == null ? 0 : Math.max(0, Duration.between(clockStart, r.at()).toSeconds());
				add(tallies, r.unitCode(), r.at(), Tally.reply(r.onTime(), seconds));
			}
			else if (e instanceof Reopened r) {
				add(tallies, r.unitCode(), r.at(), Tally.reopen());
				clockStart = r.at();
			}
			else if (e instanceof Revisited r && r.reached()) { // an unreachable close keeps an earlier answer
				answer = r;
			}
			else if (e instanceof Closed c && !c.unreachable()) {
				closed = c;
			}
			else if (e instanceof DeadlineFlagged f && f.breached() && "HANDLE".equals(f.kind())
					&& f.leadUnitCode() != null && breachedDues.add(f.dueAt())) {
				add(tallies, f.leadUnitCode(), f.at(), Tally.breach());
			}
			else if (e instanceof Answered || e instanceof Merged || e instanceof Cancelled) {
				excluded = true;
			}
			else if (e instanceof Unmerged) { // its master was cancelled: a request of its own again, from now on
				excluded = false;
				assignments.clear();
				current = null;
				clockStart = null;
				tallies.clear();
				answer = null;
				closed = null;
				breachedDues.clear();
			}
		}
		if (excluded) {
			return new Result(region, item, Map.of());
		}
		for (Assignment a : assignments) {
			tallies.merge(new Key(a.unit, a.day), Tally.dispatch(a.signedOnTime, a.responded, a.returned), Tally::plus);
		}
		if (answer != null && answer.leadUnitCode() != null) {
			add(tallies, answer.leadUnitCode(), answer.at(),
					Tally.answer(Boolean.TRUE.equals(answer.resolved()), answer.satisfaction()));
		}
		else if (answer == null && closed != null) {
			// closed (诉求不合理…) with no answer of the citizen on record: not resolved, dissatisfied, on the close's day
			add(tallies, closed.leadUnitCode(), closed.at(), Tally.answer(false, Satisfaction.DISSATISFIED));
		}
		return new Result(region, item, tallies);
	}

	private static void add(Map<Key, Tally> tallies, String unit, Instant at, Tally t) {
		if (unit != null) {
			tallies.merge(new Key(unit, day(at)), t, Tally::plus);
		}
	}

	static LocalDate day(Instant at) {
		return Zones.cityDate(at);
	}
}
