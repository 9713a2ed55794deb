package org.liandong.supervision.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.liandong.identity.Actor;
import org.liandong.identity.Actors;
import org.liandong.shared.ConflictException;
import org.liandong.shared.ForbiddenException;
import org.liandong.shared.InvalidRequestException;
import org.liandong.shared.NotFoundException;
import org.liandong.shared.PageQuery;
import org.liandong.shared.Zones;
import org.liandong.workorder.QueueOrder;
import org.liandong.workorder.WorkOrderFilter;
import org.liandong.workorder.WorkOrderSummary;
import org.liandong.workorder.WorkOrders;
import org.liandong.shared.web.NavLink;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The supervision page: orders near and past their deadlines, open supervision, history per unit. */
@Controller
class SupervisionPages {

	/** How many orders each list shows at most; the page says how many more there are. */
	private static final int SHOWN = 500;

	/** How many orders a search shows. */
	private static final int FOUND = 50;

	/** The states in which an order can be supervised or urged (open: not final, not merged). */
	private static final String SUPERVISABLE = "RECEIVED,DISPATCHED,IN_PROGRESS,RETURN_PENDING,VERIFYING,REVISITING,"
			+ "SHELVED";

	private final SupervisionService service;
	private final WorkOrders workOrders;
	private final MessageSource messages;
	private final SupervisionRefusals refusals;

	SupervisionPages(SupervisionService service, WorkOrders workOrders, MessageSource messages,
			SupervisionRefusals refusals) {
		this.service = service;
		this.workOrders = workOrders;
		this.messages = messages;
		this.refusals = refusals;
	}

	@Bean
	static NavLink supervisionLink() {
		return NavLink.forRoles("/supervision", "nav.supervision", 150, "SUPERVISOR", "LEADER", "DISPATCHER", "ADMIN");
	}

	@GetMapping("/supervision")
	String page(@RequestParam(required = false) String unit, @RequestParam(required = false) String q, Model model) {
		Actor actor = Actors.current();
		String open = "DISPATCHED,IN_PROGRESS,RETURN_PENDING";
		// any open order, found by its number or words, can be supervised or urged before it is late
		String search = q == null || q.isBlank() ? null : q.strip();
		model.addAttribute("q", search);
		List<WorkOrderSummary> found = search == null ? List.of() : workOrders.queue(actor,
				new WorkOrderFilter(SUPERVISABLE, null, null, null, null, null, null, null, null, search, null),
				QueueOrder.MOST_LATE, new PageQuery(0, FOUND)).content();
		model.addAttribute("found", found);
		// the latest first, and every overdue order counted: a list cut at the newest would hide the oldest breaches
		var overdue = workOrders.queue(actor,
				new WorkOrderFilter(open, null, null, null, null, true, null, null, null, null, null),
				QueueOrder.MOST_LATE, new PageQuery(0, SHOWN));
		var onTime = workOrders.queue(actor,
				new WorkOrderFilter(open, null, null, null, null, false, null, null, null, null, null),
				QueueOrder.MOST_LATE, new PageQuery(0, SHOWN));
		model.addAttribute("overdue", overdue.content());
		model.addAttribute("overdueTotal", overdue.totalElements());
		model.addAttribute("warned", onTime.content().stream().filter(WorkOrderSummary::warned).toList());
		model.addAttribute("supervisions", service.list(actor, unit, true, null, PageQuery.of(0, 200)).content());
		model.addAttribute("history", service.history(actor));
		model.addAttribute("unit", unit);
		// the forms offered are the actions the service allows this user (SupervisionService.supervise / urge)
		model.addAttribute("canSupervise", SupervisionService.maySupervise(actor));
		model.addAttribute("canUrge", SupervisionService.mayUrge(actor));
		// and only on the orders it would accept them for: no urging of an order waiting for dispatch
		model.addAttribute("urgeable", ids(SupervisionService::urgeable, found, overdue.content(), onTime.content()));
		model.addAttribute("supervisable", ids(SupervisionService::supervisable, found, overdue.content(),
				onTime.content()));
		return "supervision/index";
	}

	@SafeVarargs
	private static java.util.Set<String> ids(java.util.function.Predicate<WorkOrderSummary> accepted,
			List<WorkOrderSummary>... lists) {
		java.util.Set<String> ids = new java.util.HashSet<>();
		for (List<WorkOrderSummary> list : lists) {
			list.stream().filter(accepted).forEach(o -> ids.add(o.id()));
		}
		return ids;
	}

	/** The order's page, where its panel's forms come back to (an id of letters, digits and hyphens only). */
	static String orderPage(String id) {
		return id != null && id.matches("[A-Za-z0-9-]{1,64}") ? "/work-orders/" + id : "/supervision";
	}

	/** A refused form comes back as it was filled in, on the order's row. */
	private static void typed(RedirectAttributes redirect, String id, String action, Map<String, String> form) {
		redirect.addFlashAttribute("typedFor", id + "/" + action);
		redirect.addFlashAttribute("typed", Map.copyOf(form));
	}

	@PostMapping("/supervision/orders/{id}/{action}")
	String act(@PathVariable String id, @PathVariable String action, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		Actor actor = Actors.current();
		try {
			if ("urge".equals(action)) {
				service.urge(actor, id, form.get("note"));
			}
			else if ("supervise".equals(action)) {
				String due = form.get("dueAt");
				service.supervise(actor, id, new SupervisionService.SuperviseRequest(form.get("level"),
						form.get("reason"), due == null || due.isBlank() ? null
								: LocalDateTime.parse(due).atZone(Zones.CITY).toInstant()));
			}
			else {
				throw new NotFoundException("Unknown action " + action + ".");
			}
			redirect.addFlashAttribute("message", 1);
		}
		catch (InvalidRequestException | ConflictException | ForbiddenException e) {
			redirect.addFlashAttribute("error", refusals.describe(e));
			typed(redirect, id, action, form);
		}
		catch (java.time.DateTimeException e) {
			redirect.addFlashAttribute("error", messages.getMessage("sv.error.dueAt", null,
					LocaleContextHolder.getLocale()));
			typed(redirect, id, action, form);
		}
		// from the order's own page (SupervisionOrderPanel): back there, the refusal and what was typed with it
		if (orderPage(id).equals(form.get("back"))) {
			return "redirect:" + orderPage(id);
		}
		String q = form.get("q");
		return q == null || q.isBlank() ? "redirect:/supervision"
				: "redirect:/supervision?q=" + URLEncoder.encode(q.strip(), StandardCharsets.UTF_8);
	}
}
