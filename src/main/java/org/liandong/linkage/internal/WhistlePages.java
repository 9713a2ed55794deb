package org.liandong.linkage.internal;

import java.util.Arrays;
import java.util.Map;

import org.liandong.identity.Actor;
import org.liandong.identity.Actors;
import org.liandong.shared.ConflictException;
import org.liandong.shared.ForbiddenException;
import org.liandong.shared.InvalidRequestException;
import org.liandong.shared.NotFoundException;
import org.liandong.shared.PageQuery;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Whistle pages: the list with the blow form and statistics, and one whistle with report, close and rate forms. */
@Controller
class WhistlePages {

	private final WhistleService service;
	private final WhistleStatistics statistics;
	private final WhistleAccess access;
	private final WhistleRepository whistles;

	WhistlePages(WhistleService service, WhistleStatistics statistics, WhistleAccess access,
			WhistleRepository whistles) {
		this.service = service;
		this.statistics = statistics;
		this.access = access;
		this.whistles = whistles;
	}

	@GetMapping("/whistles")
	String list(@RequestParam(required = false) String workOrderId, Model model) {
		Actor actor = Actors.current();
		model.addAttribute("whistles", service.list(actor, null, null, null, PageQuery.of(0, 100)).content());
		model.addAttribute("statistics", statistics.perUnit(actor, null, null, null));
		model.addAttribute("workOrderId", workOrderId);
		// only a unit's handler (for the unit) or an administrator (naming the unit) may blow: others see no form
		model.addAttribute("canBlow", access.mayBlow(actor));
		model.addAttribute("namesUnit", access.mayBlow(actor) && !access.blowsForOwnUnit(actor));
		return "linkage/whistles";
	}

	@PostMapping("/whistles")
	String blow(@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		var request = new WhistleRequests.Blow(form.get("type"), blank(form.get("workOrderId")),
				form.getOrDefault("description", ""),
				Arrays.stream(form.getOrDefault("summonedUnitCodes", "").split("[,，\\s]+")).filter(s -> !s.isBlank()).toList(),
				blank(form.get("unitCode")));
		try {
			if (request.description().isBlank() || request.summonedUnitCodes().isEmpty()) {
				throw new InvalidRequestException("summonedUnitCodes", "description and summoned units are required");
			}
			return "redirect:/whistles/" + service.blow(Actors.current(), request).id();
		}
		catch (InvalidRequestException | ConflictException | ForbiddenException | NotFoundException e) {
			redirect.addFlashAttribute("error", e.getMessage());
			return "redirect:/whistles";
		}
	}

	@GetMapping("/whistles/{id}")
	String detail(@PathVariable String id, Model model) {
		Actor actor = Actors.current();
		WhistleView view = service.get(actor, id);
		Whistle w = whistles.find(id).orElseThrow();
		model.addAttribute("w", view);
		model.addAttribute("blower", access.isBlower(actor, w));
		model.addAttribute("myUnit", actor.unitCode());
		model.addAttribute("canReport", view.missing().contains(actor.unitCode()) && w.isOpen());
		// the rating form offers only the responders not rated yet (rating one twice is refused)
		model.addAttribute("unrated", w.summons().stream().filter(s -> s.score() == null)
			.map(Whistle.Summons::unitCode).toList());
		return "linkage/whistle";
	}

	@PostMapping("/whistles/{id}/{action}")
	String act(@PathVariable String id, @PathVariable String action, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		Actor actor = Actors.current();
		try {
			switch (action) {
				case "report" -> service.report(actor, id, new WhistleRequests.Report(form.get("unitCode"),
						form.getOrDefault("note", ""), coordinate(form, "lat"), coordinate(form, "lon"), null));
				case "close" -> service.close(actor, id, new WhistleRequests.Close(form.getOrDefault("note", ""), null));
				case "rate" -> service.rate(actor, id, new WhistleRequests.Rate(form.get("unitCode"),
						Integer.valueOf(form.getOrDefault("score", "0")), form.get("comment"), null));
				default -> throw new NotFoundException("Unknown action " + action + ".");
			}
			redirect.addFlashAttribute("message", 1);
		}
		catch (InvalidRequestException | ConflictException | ForbiddenException | NumberFormatException e) {
			redirect.addFlashAttribute("error", e.getMessage());
		}
		return "redirect:/whistles/" + id;
	}

	/** A position field of the report form: empty is none; anything else must be a number (else a readable error). */
	private static Double coordinate(Map<String, String> form, String field) {
		String value = blank(form.get(field));
		if (value == null) {
			return null;
		}
		try {
			return Double.valueOf(value);
		}
		catch (NumberFormatException e) {
			throw new InvalidRequestException(field, "must be a decimal number of degrees");
		}
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
