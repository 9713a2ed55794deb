package org.liandong.linkage.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.liandong.identity.Actor;
import org.liandong.identity.Actors;
import org.liandong.shared.ConflictException;
import org.liandong.shared.ForbiddenException;
import org.liandong.shared.InvalidRequestException;
import org.liandong.shared.NotFoundException;
import org.liandong.shared.PageQuery;
import org.liandong.workorder.WorkOrderSummary;
import org.liandong.workorder.WorkOrders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Whistle pages: the list with the blow form and statistics, and one whistle with report, close and rate forms. A
 * form goes through the service with the API's rules; a refusal comes back as a message on the page.
 */
@Controller
class WhistlePages {

	private final WhistleService service;
	private final WhistleStatistics statistics;
	private final WhistleAccess access;
	private final WhistleRepository whistles;
	private final WhistlePageErrors errors;
	private final WorkOrders workOrders;

	WhistlePages(WhistleService service, WhistleStatistics statistics, WhistleAccess access,
			WhistleRepository whistles, WhistlePageErrors errors, WorkOrders workOrders) {
		this.workOrders = workOrders;
		this.service = service;
		this.statistics = statistics;
		this.access = access;
		this.whistles = whistles;
		this.errors = errors;
	}

	@GetMapping("/whistles")
	String list(@RequestParam(required = false) String workOrderId, Model model) {
		Actor actor = Actors.current();
		model.addAttribute("whistles", service.list(actor, null, null, null, PageQuery.of(0, 100)).content());
		model.addAttribute("statistics", statistics.perUnit(actor, null, null, null));
		// the order the form is tied to, by its number as people know it (the order page links with its id)
		model.addAttribute("workOrderId", orderNumber(actor, workOrderId));
		// only a unit's handler (for the unit) or an administrator (naming the unit) may blow: others see no form
		model.addAttribute("canBlow", access.mayBlow(actor));
		model.addAttribute("namesUnit", access.mayBlow(actor) && !access.blowsForOwnUnit(actor));
		return "linkage/whistles";
	}

	@PostMapping("/whistles")
	String blow(@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		try {
			return "redirect:/whistles/" + service.blow(Actors.current(), () -> blank(form.get("workOrderId")),
					() -> new WhistleRequests.Blow(blank(form.get("type")), blank(form.get("workOrderId")),
							form.get("description"), Arrays.stream(form.getOrDefault("summonedUnitCodes", "")
								.split("[,，\\s]+")).filter(s -> !s.isBlank()).toList(),
							blank(form.get("unitCode"))))
				.id();
		}
		catch (InvalidRequestException | ConflictException | ForbiddenException | NotFoundException e) {
			errors.flash(redirect, e);
			// back to the form as typed, still tied to its order (a retry must not blow a whistle with no order)
			redirect.addFlashAttribute("typed", typed(form));
			String order = blank(form.get("workOrderId"));
			if (order != null) {
				redirect.addAttribute("workOrderId", order);
			}
			return "redirect:/whistles";
		}
	}

	@GetMapping("/whistles/{id}")
	String detail(@PathVariable String id, Model model) {
		Actor actor = Actors.current();
		WhistleView view = service.get(actor, id);
		Whistle w = whistles.find(id).orElseThrow();
		model.addAttribute("w", view);
		// the linked order by its number, as people name it (the whistle keeps its id)
		model.addAttribute("orderNumber", view.workOrderId() == null ? null
				: workOrders.find(view.workOrderId()).map(WorkOrderSummary::number).orElse(view.workOrderId()));
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
				case "report" -> service.report(actor, id, () -> new WhistleRequests.Report(blank(form.get("unitCode")),
						form.get("note"), decimal(form, "lat"), decimal(form, "lon"), null));
				case "close" -> service.close(actor, id, () -> new WhistleRequests.Close(form.get("note"), null));
				case "rate" -> service.rate(actor, id, () -> new WhistleRequests.Rate(blank(form.get("unitCode")),
						wholeNumber(form, "score"), form.get("comment"), null));
				default -> throw new NotFoundException("Unknown action " + action + ".");
			}
			redirect.addFlashAttribute("message", 1);
		}
		catch (InvalidRequestException | ConflictException | ForbiddenException e) {
			errors.flash(redirect, e);
			// the refused form comes back as typed (outside check, 2026-11-29: a refused report lost its note and
			// position), for that form only
			redirect.addFlashAttribute("typedFor", action);
			redirect.addFlashAttribute("typed", typed(form, "unitCode", "note", "lat", "lon", "score", "comment"));
		}
		return "redirect:/whistles/" + id;
	}

	/**
	 * The number of the order named by its id or number, when the actor may see it; anything else as it was given
	 * (the blow refuses an unknown order with a message).
	 */
	private String orderNumber(Actor actor, String reference) {
		String named = blank(reference);
		if (named == null) {
			return null;
		}
		return workOrders.find(named).filter(o -> workOrders.isVisibleTo(actor, o.id()))
			.map(WorkOrderSummary::number).orElse(named);
	}

	/** A position field of the report form: empty is none; anything else must be a number (else a readable error). */
	private Double decimal(Map<String, String> form, String field) {
		String value = blank(form.get(field));
		if (value == null) {
			return null;
		}
		try {
			return Double.valueOf(value);
		}
		catch (NumberFormatException e) {
			throw new InvalidRequestException(field, errors.text("lk.error.degrees"));
		}
	}

	/** The score of the rating form: empty is none (refused as missing); anything else must be a whole number. */
	private Integer wholeNumber(Map<String, String> form, String field) {
		String value = blank(form.get(field));
		if (value == null) {
			return null;
		}
		if (!value.matches("[+-]?\\d{1,9}")) {
			throw new InvalidRequestException(field, errors.text("lk.error.wholeNumber"));
		}
		return Integer.valueOf(value);
	}

	/** What the blow form sent, to show it again: the fields of the form only. */
	private static Map<String, String> typed(Map<String, String> form) {
		return typed(form, "unitCode", "type", "summonedUnitCodes", "description");
	}

	/** What a form sent in these fields, to show it again (a field not sent as empty). */
	private static Map<String, String> typed(Map<String, String> form, String... fields) {
		Map<String, String> typed = new HashMap<>();
		for (String field : fields) {
			typed.put(field, form.getOrDefault(field, ""));
		}
		return typed;
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
