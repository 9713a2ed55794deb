package org.liandong.deadline.internal;

import java.time.LocalDate;

/**
 * A day that departs from (or confirms) the default rule: Monday to Friday work, weekends rest.
 *
 * @param offDay true: a rest day (holiday, 调休 rest day); false: a working day (调休 make-up working day)
 * @param name the holiday it belongs to, e.g. 春节; may be null
 * @param source {@link #SOURCE_NOTICE} for rows loaded from the State Council notices, {@link #SOURCE_ADMIN} for
 *        rows an administrator set
 */
public record CalendarDay(LocalDate date, boolean offDay, String name, String source) {

	public static final String SOURCE_NOTICE = "NOTICE";

	public static final String SOURCE_ADMIN = "ADMIN";
}
