package org.liandong.deadline.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.liandong.identity.Actors;
import org.liandong.shared.Zones;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's year view of the business calendar ({@code /calendar}), where days are edited. */
@Controller
class CalendarPageController {

	private final CachedBusinessCalendar calendar;

	private final CalendarAdministration administration;

	private final Clock clock;

	CalendarPageController(CachedBusinessCalendar calendar, CalendarAdministration administration, Clock clock) {
		this.calendar = calendar;
		this.administration = administration;
		this.clock = clock;
	}

	@GetMapping("/calendar")
	String year(@RequestParam(required = false) Integer year,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate edit,
			Model model) {
		requireAdmin();
		LocalDate today = Zones.cityDate(clock.instant());
		int shown = year == null ? (edit == null ? today.getYear() : edit.getYear()) : year;
		if (shown < CalendarApiController.FIRST_YEAR || shown > CalendarApiController.LAST_YEAR) {
			shown = today.getYear();
		}
		WorkingTime time = calendar.current();
		model.addAttribute("page", CalendarPage.of(shown, time, today));
		model.addAttribute("weekdays", CalendarPage.weekdays());
		model.addAttribute("workingHours", String.join(", ", time.hours().texts()));
		if (edit != null) {
			model.addAttribute("edit", CalendarPage.Cell.of(edit, time, today));
		}
		return "deadline/calendar";
	}

	@PostMapping("/calendar/days/{date}")
	String save(@PathVariable @DateTimeFormat(iso = ISO.DATE) LocalDate date, @RequestParam String kind,
			@RequestParam(required = false) String name,
			RedirectAttributes redirect) {
		requireAdmin();
		String label = name == null ? null : name.strip();
		if (label != null && label.length() > 100) {
			label = label.substring(0, 100);
		}
		switch (kind) {
			case "OFF" -> administration.set(date, true, label);
			case "WORKING" -> administration.set(date, false, label);
			default -> administration.reset(date);
		}
		redirect.addAttribute("year", date.getYear());
		redirect.addAttribute("edit", date.toString());
		redirect.addFlashAttribute("saved", true);
		return "redirect:/calendar";
	}

	private static void requireAdmin() {
		if (!Actors.current().isAdmin()) {
			// Spring Security answers 403 for pages.
			throw new AccessDeniedException("Only an administrator may edit the calendar.");
		}
	}
}
