package org.liandong.intake.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.liandong.identity.Actor;
import org.liandong.identity.Actors;
import org.liandong.shared.InvalidRequestException;
import org.liandong.shared.PageQuery;
import org.liandong.shared.Zones;
import org.liandong.shared.web.LanguageLink;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The blocked-callers page: the list (numbers masked), the contact log, and the managers' add and remove forms. */
@Controller
@RequestMapping("/intake/blocked-callers")
class BlockedCallerPages {

	private final BlockedCallerAdmin admin;
	private final PageErrors errors;
	private final IntakeMessages messages;

	BlockedCallerPages(BlockedCallerAdmin admin, PageErrors errors, IntakeMessages messages) {
		this.errors = errors;
		this.admin = admin;
		this.messages = messages;
	}

	/** A refused form is answered at its POST address: the language switch goes back to the page itself. */
	@ModelAttribute
	void languagePage(HttpServletRequest request) {
		request.setAttribute(LanguageLink.PAGE, "/intake/blocked-callers");
	}

	@GetMapping
	String page(Model model) {
		return show(Actors.current(), model);
	}

	@PostMapping
	String add(@RequestParam(required = false) String phone, @RequestParam(required = false) String reason,
			@RequestParam(required = false) String expiresOn, Model model, HttpServletResponse response) {
		Actor actor = Actors.current();
		var added = errors.attempt(
				() -> admin.add(actor, new BlockedCallerAdmin.Change(phone, reason, endOf(expiresOn))), model, response);
		if (added.isPresent()) {
			return "redirect:/intake/blocked-callers";
		}
		model.addAttribute("phone", phone);
		model.addAttribute("reason", reason);
		model.addAttribute("expiresOn", expiresOn);
		return show(actor, model);
	}

	@PostMapping("/{id}/remove")
	String remove(@PathVariable String id, Model model, HttpServletResponse response) {
		Actor actor = Actors.current();
		var removed = errors.attempt(() -> {
			admin.remove(actor, id);
			return id;
		}, model, response);
		return removed.isPresent() ? "redirect:/intake/blocked-callers" : show(actor, model);
	}


	/** A date on the page means "blocked through that day" in the city's time zone. */
	private Instant endOf(String date) {
		if (date == null || date.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(date.strip()).plusDays(1).atStartOfDay(Zones.CITY).toInstant();
		}
		catch (DateTimeParseException e) {
			throw new InvalidRequestException("expiresAt", messages.say("intake.error.date"));
		}
	}

	private String show(Actor actor, Model model) {
		model.addAttribute("entries", admin.list(actor, null, PageQuery.of(0, 200)).content());
		model.addAttribute("contacts", admin.contacts(actor, PageQuery.of(0, 50)).content());
		model.addAttribute("canManage", BlockedCallerAdmin.manages(actor));
		return "intake/blocked";
	}
}
