package org.liandong.deadline.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rows of {@code dl_calendar_day}, the load log {@code dl_calendar_seed} and {@code dl_calendar_revision}. */
@Repository
class CalendarDays {

	private final JdbcClient jdbc;

	private final Clock clock;

	CalendarDays(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	List<CalendarDay> all() {
		return jdbc.sql("SELECT date, off_day, name, source FROM dl_calendar_day ORDER BY date").query(CalendarDays::map)
			.list();
	}

	Optional<CalendarDay> find(LocalDate date) {
		return jdbc.sql("SELECT date, off_day, name, source FROM dl_calendar_day WHERE date = ?")
			.param(date)
			.query(CalendarDays::map)
			.optional();
	}

	/** Inserts or replaces the row of the day, and bumps the revision. */
	void save(CalendarDay day) {
		int updated = jdbc.sql("UPDATE dl_calendar_day SET off_day = ?, name = ?, source = ?, updated_at = ? WHERE date = ?")
			.params(day.offDay(), day.name(), day.source(), Timestamps.utc(clock.instant()), day.date())
			.update();
		if (updated == 0) {
			jdbc.sql("INSERT INTO dl_calendar_day (date, off_day, name, source, updated_at) VALUES (?, ?, ?, ?, ?)")
				.params(day.date(), day.offDay(), day.name(), day.source(), Timestamps.utc(clock.instant()))
				.update();
		}
		bumpRevision();
	}

	/** Removes the row of the day (the default rule applies again); true when there was one. */
	boolean delete(LocalDate date) {
		int deleted = jdbc.sql("DELETE FROM dl_calendar_day WHERE date = ?").param(date).update();
		if (deleted > 0) {
			bumpRevision();
		}
		return deleted > 0;
	}

	/**
	 * Loads each day whose date was never loaded before; a date an administrator already set is only marked as
	 * loaded. Safe when several instances start at once: both inserts skip existing keys.
	 *
	 * @return the number of days added to the calendar
	 */
	int seed(Collection<CalendarDay> days) {
		int added = 0;
		for (CalendarDay day : days) {
			int fresh = jdbc.sql("INSERT INTO dl_calendar_seed (date, seeded_at) VALUES (?, ?) ON CONFLICT DO NOTHING")
				.params(day.date(), Timestamps.utc(clock.instant()))
				.update();
			if (fresh == 0) {
				continue;
			}
			added += jdbc.sql("""
					INSERT INTO dl_calendar_day (date, off_day, name, source, updated_at) VALUES (?, ?, ?, ?, ?)
					ON CONFLICT DO NOTHING""")
				.params(day.date(), day.offDay(), day.name(), day.source(), Timestamps.utc(clock.instant()))
				.update();
		}
		if (added > 0) {
			bumpRevision();
		}
		return added;
	}

	long revision() {
		return jdbc.sql("SELECT revision FROM dl_calendar_revision WHERE id = 1").query(Long.class).single();
	}

	private void bumpRevision() {
		jdbc.sql("UPDATE dl_calendar_revision SET revision = revision + 1 WHERE id = 1").update();
	}

	private static CalendarDay map(ResultSet rs, int row) throws SQLException {
		return new CalendarDay(rs.getObject("date", LocalDate.class), rs.getBoolean("off_day"), rs.getString("name"),
				rs.getString("source"));
	}
}
