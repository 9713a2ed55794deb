package org.liandong.deadline.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.liandong.identity.Actors;
import org.liandong.shared.ForbiddenException;
import org.liandong.shared.InvalidRequestException;
import org.liandong.shared.web.JsonBody;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The business calendar API of CONTRACT §3. */
@RestController
@RequestMapping("/api/v1/calendar")
@Tag(name = "Calendar", description = "Business calendar: holidays, make-up working days (调休) and working hours")
class CalendarApiController {

	static final int FIRST_YEAR = 1900;

	static final int LAST_YEAR = 2999;

	private final CachedBusinessCalendar calendar;

	private final CalendarAdministration administration;

	CalendarApiController(CachedBusinessCalendar calendar, CalendarAdministration administration) {
		this.calendar = calendar;
		this.administration = administration;
	}

	@GetMapping("/{year}")
	@Operation(summary = "The calendar of a year",
			description = "Working hours and the special days of the year (holidays, 调休 rest days and make-up working"
					+ " days); with all=true every day of the year with its working flag. Any signed-in user.")
	@ApiResponse(responseCode = "200", description = "The year")
	@ApiResponse(responseCode = "400", description = "The year is not between 1900 and 2999")
	CalendarYear year(@PathVariable int year,
			@Parameter(description = "List every day of the year, not only the special ones")
			@RequestParam(defaultValue = "false") boolean all) {
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			throw new InvalidRequestException("year", "must be between " + FIRST_YEAR + " and " + LAST_YEAR);
		}
		WorkingTime time = calendar.current();
		List<DayView> days = new ArrayList<>();
		for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
			CalendarDay special = time.special(d);
			if (special != null || all) {
				days.add(DayView.of(d, special, time.isWorkingDay(d)));
			}
		}
		return new CalendarYear(year, time.hours().texts(), days);
	}

	@PutMapping("/days/{date}")
	@Operation(summary = "Set a day (ADMIN)",
			description = "offDay true makes the date a rest day (e.g. a holiday), false a working day (e.g. 调休上班)."
					+ " Deadlines already scheduled keep their times.")
	@ApiResponse(responseCode = "200", description = "The day as it now stands")
	@ApiResponse(responseCode = "400", description = "Bad date or body")
	@ApiResponse(responseCode = "403", description = "Not an administrator (whatever the date and body)")
	@RequestBody(content = @Content(schema = @Schema(implementation = DayRequest.class)))
	DayView set(@PathVariable("date") @Parameter(schema = @Schema(type = "string", format = "date")) String text,
			JsonBody body) {
		requireAdmin();
		LocalDate date = date(text);
		DayRequest request = body.read(DayRequest.class);
		CalendarDay day = administration.set(date, request.offDay(), request.name());
		return DayView.of(date, day, !day.offDay());
	}

	@DeleteMapping("/days/{date}")
	@Operation(summary = "Return a day to the default rule (ADMIN)",
			description = "Monday to Friday work, weekends rest. Answers the day as it now stands.")
	@ApiResponse(responseCode = "200", description = "The day under the default rule")
	@ApiResponse(responseCode = "400", description = "Bad date")
	@ApiResponse(responseCode = "403", description = "Not an administrator (whatever the date)")
	DayView reset(@PathVariable("date") @Parameter(schema = @Schema(type = "string", format = "date")) String text) {
		requireAdmin();
		LocalDate date = date(text);
		administration.reset(date);
		DayOfWeek weekday = date.getDayOfWeek();
		boolean weekend = weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY;
		return DayView.of(date, null, !weekend);
	}

	static void requireAdmin() {
		if (!Actors.current().isAdmin()) {
			throw new ForbiddenException("Only an administrator may edit the calendar.");
		}
	}

	/** The date of the path, read after the rights check so that a non-administrator gets 403 for any date. */
	private static LocalDate date(String text) {
		LocalDate date;
		try {
			date = LocalDate.parse(text);
		}
		catch (DateTimeParseException e) {
			throw new InvalidRequestException("date", "must be an ISO-8601 date such as 2027-01-04");
		}
		if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
			throw new InvalidRequestException("date", "must be between " + FIRST_YEAR + " and " + LAST_YEAR);
		}
		return date;
	}

	/** A year of the calendar. */
	record CalendarYear(int year, @Schema(example = "[\"08:30-12:00\", \"13:30-17:30\"]") List<String> workingHours,
			List<DayView> days) {
	}

	/**
	 * One day.
	 *
	 * @param offDay whether the day is a rest day
	 * @param working whether the day is a working day (the opposite of offDay)
	 * @param source NOTICE (State Council notice), ADMIN (edited) or DEFAULT (weekday rule)
	 */
	record DayView(LocalDate date, boolean offDay, boolean working, String name, String source) {

		static DayView of(LocalDate date, CalendarDay special, boolean working) {
			return new DayView(date, !working, working, special == null ? null : special.name(),
					special == null ? "DEFAULT" : special.source());
		}
	}

	/** The body of {@code PUT /api/v1/calendar/days/{date}}. */
	record DayRequest(@NotNull @Schema(description = "true: a rest day; false: a working day") Boolean offDay,
			@Size(max = 100) @Schema(example = "春节") String name) {
	}
}
