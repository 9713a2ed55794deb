package org.liandong.deadline;

import java.time.Instant;
import java.time.LocalDate;

import org.liandong.shared.TimeLimit;

/**
 * The city's working time: which days are working days and which hours are working hours. Dates and hours are in
 * Asia/Shanghai; instants are UTC. The exact semantics of each {@link org.liandong.shared.LimitMode} are in
 * {@code docs/deadlines.md}.
 */
public interface BusinessCalendar {

	/** (Monday–Friday and not a holiday or 调休 rest day) or a make-up working day (调休上班). */
	boolean isWorkingDay(LocalDate date);

	/** The instant at which {@code limit}, measured in its mode, has elapsed from {@code start}. */
	Instant due(Instant start, TimeLimit limit);

	/** The instant at which {@code share} (0–1) of {@code limit}, measured in its mode, has elapsed. */
	Instant partOf(Instant start, TimeLimit limit, double share);
}
