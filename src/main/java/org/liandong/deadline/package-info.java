/**
 * Deadlines for any owner (work orders, whistles, supervision orders): the business calendar (weekends, statutory
 * holidays, make-up working days 调休, working hours), computation of due and warning times for a limit in its mode,
 * and persisted deadline rows that a poller claims and fires exactly once, on any number of instances.
 * <p>
 * Tables owned: {@code dl_calendar_day}, {@code dl_deadline}. Events published: {@link DeadlineWarned},
 * {@link DeadlineBreached}. Depends on: {@code shared} only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Deadline")
package org.liandong.deadline;
