package org.liandong.deadline;

import java.time.Instant;
import java.time.LocalDate;

import org.liandong.shared.TimeLimit;

/** The city's working time: which days are working days and which hours are working hours. */
public interface BusinessCalendar {

	boolean isWorkingDay(LocalDate date);

	/** The instant at which {@code limit}, measured in its mode, has elapsed from {@code start}. */
	Instant due(Instant start, TimeLimit limit);

	/** The instant at which {@code share} (0–1) of {@code limit}, measured in its mode, has elapsed. */
	Instant partOf(Instant start, TimeLimit limit, double share);
}
