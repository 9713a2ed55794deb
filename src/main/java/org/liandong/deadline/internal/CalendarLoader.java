package org.liandong.deadline.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the statutory holidays and make-up working days of {@code data/calendar/cn-holidays.csv} at start-up. Each
 * date is loaded once in the life of the database, so an administrator's edits and deletions are never undone;
 * dates added to the file later (a new year's notice) are loaded at the next start.
 */
@Component
@Order(50)
class CalendarLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(CalendarLoader.class);

	private final CalendarDays days;

	private final CachedBusinessCalendar calendar;

	CalendarLoader(CalendarDays days, CachedBusinessCalendar calendar) {
		this.days = days;
		this.calendar = calendar;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		int added = days.seed(HolidayFile.readClasspath());
		calendar.invalidate();
		if (added > 0) {
			log.info("Loaded {} holiday and make-up working days into the business calendar", added);
		}
	}
}
