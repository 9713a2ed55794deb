/**
 * Deadlines for any owner (work orders, whistles, supervision orders): the business calendar (weekends, statutory
 * holidays, make-up working days 调休, working hours), computation of due and warning times for a limit in its mode,
 * and persisted deadline rows that a poller claims and fires exactly once, on any number of instances.
 * <p>
 * API: {@link org.liandong.deadline.BusinessCalendar}, {@link org.liandong.deadline.Deadlines} and their value types
 * ({@link org.liandong.deadline.LimitTooLongException}, 409, for a limit beyond its mode's maximum);
 * HTTP: {@code GET /api/v1/calendar/{year}}, {@code PUT|DELETE /api/v1/calendar/days/{date}},
 * {@code GET /api/v1/deadlines} (ADMIN), page {@code /calendar} (ADMIN). Semantics: {@code docs/deadlines.md}.
 * <p>
 * Tables owned: {@code dl_calendar_day}, {@code dl_calendar_seed} (dates loaded from the holiday file),
 * {@code dl_calendar_revision} (cache version), {@code dl_deadline}. Events published: {@link DeadlineWarned},
 * {@link DeadlineBreached}. Depends on: {@code shared}; {@code identity} only for the caller of its web endpoints.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Deadline")
package org.liandong.deadline;
