package org.liandong.workbench.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.liandong.deadline.DeadlineOwner;
import org.liandong.deadline.Deadlines;
import org.liandong.deadline.ScheduledDeadline;
import org.liandong.directory.Directory;
import org.liandong.directory.Unit;
import org.liandong.identity.Actor;
import org.liandong.identity.Actors;
import org.liandong.identity.Role;
import org.liandong.shared.ConflictException;
import org.liandong.shared.ForbiddenException;
import org.liandong.shared.InvalidRequestException;
import org.liandong.shared.NotFoundException;
import org.liandong.shared.web.FormValues;
import org.liandong.workorder.WorkOrderRefusals;
import org.liandong.workorder.WorkOrderSummary;
import org.liandong.workorder.WorkOrders;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The dispatcher console, the unit workbench and the verification list. Every action goes through
 * {@link WorkOrders#act}, so a page never does what the API would refuse; errors come back as a flash message.
 */
@Controller
class WorkbenchPages {

	private static final List<String> QUEUE_ACTIONS = List.of("sign", "approve-return", "reject-return",
			"approve-extension", "reject-extension", "verify");

	private final Queues queues;
	private final WorkOrders workOrders;
	private final Deadlines deadlines;

	private final CoUnitOpinions opinions;
	private final WorkOrderRefusals refusals;
	private final MessageSource messages;
	private final Directory directory;

	WorkbenchPages(Queues queues, WorkOrders workOrders, Deadlines deadlines, CoUnitOpinions opinions,
			WorkOrderRefusals refusals, MessageSource messages, Directory directory) {
		this.directory = directory;
		this.opinions = opinions;
		this.refusals = refusals;
		this.messages = messages;
		this.queues = queues;
		this.workOrders = workOrders;
		this.deadlines = deadlines;
	}

	@GetMapping("/workbench/dispatch")
	String dispatch(@RequestParam(required = false) String q, Model model) {
		Actor actor = Actors.current();
		if (!(actor.isAdmin() || actor.is(Role.DISPATCHER))) {
			throw new ForbiddenException("The dispatch console is for dispatchers.");
		}
		String search = Queues.search(q);
		model.addAttribute("q", search);
		model.addAttribute("back", here("/workbench/dispatch", search));
		var received = queues.received(actor, search);
		model.addAttribute("received", received.content());
		model.addAttribute("receivedTotal", received.totalElements());
		var returns = queues.byStatus(actor, "RETURN_PENDING", search);
		model.addAttribute("returns", returns.content());
		model.addAttribute("returnsTotal", returns.totalElements());
		// the dispatcher decides there: the unit by name, and the reason it gave and when (all of them in one read)
		model.addAttribute("returnRequests",
				workOrders.pendingReturns(returns.content().stream().map(WorkOrderSummary::id).toList()));
		Queues.Extensions extensions = queues.pendingExtensions(actor, search);
		model.addAttribute("extensions", extensions.orders());
		model.addAttribute("extensionRequests", extensions.requests());
		var inProgress = queues.byStatus(actor, "DISPATCHED,IN_PROGRESS", search);
		model.addAttribute("inProgress", inProgress.content());
		model.addAttribute("inProgressTotal", inProgress.totalElements());
		return "workbench/dispatch";
	}

	@PostMapping("/workbench/dispatch/{id}")
	String dispatchOne(@PathVariable String id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		String action = "reassign".equals(form.get("mode")) ? "reassign" : "dispatch";
		run(redirect, () -> workOrders.act(Actors.current(), id, action, routing(form)));
		if (redirect.getFlashAttributes().containsKey("error")) {
			// refused: the row's form comes back as typed, not as suggested
			redirect.addFlashAttribute("typedFor", id);
			redirect.addFlashAttribute("typed", Map.of("leadUnitCode", form.getOrDefault("leadUnitCode", ""),
					"coUnitCodes", form.getOrDefault("coUnitCodes", ""), "itemCode", form.getOrDefault("itemCode", "")));
		}
		return "redirect:" + here("/workbench/dispatch", form.get("q"));
	}

	@PostMapping("/workbench/dispatch/bulk")
	String dispatchBulk(@RequestParam(name = "ids", required = false) List<String> ids,
			@RequestParam(required = false) String leadUnitCode, @RequestParam(required = false) String q,
			RedirectAttributes redirect) {
		Actor actor = Actors.current();
		List<String> failed = new ArrayList<>();
		int done = 0;
		for (String id : ids == null ? List.<String>of() : ids) {
			try {
				workOrders.act(actor, id, "dispatch", bulkRouting(id, leadUnitCode));
				done++;
			}
			catch (InvalidRequestException | ConflictException | ForbiddenException | NotFoundException e) {
				failed.add(messages.getMessage("wb.dispatch.failed", new Object[] { number(actor, id),
						refusals.describe(e) }, LocaleContextHolder.getLocale()));
			}
		}
		redirect.addFlashAttribute("message", done);
		if (!failed.isEmpty()) {
			redirect.addFlashAttribute("error", failed.stream()
				.reduce((a, b) -> messages.getMessage("wb.dispatch.failedMore", new Object[] { a, b },
						LocaleContextHolder.getLocale()))
				.orElseThrow());
		}
		return "redirect:" + here("/workbench/dispatch", q);
	}

	/** The order's number where the actor sees it, else the id the form gave (naming nothing they may not see). */
	private String number(Actor actor, String id) {
		return workOrders.find(id).filter(o -> workOrders.isVisibleTo(actor, o.id())).map(WorkOrderSummary::number)
			.orElse(id);
	}

	/**
	 * A working page with its search (none when blank), as its actions come back to it: the pages' {@code back}, and
	 * the redirects of the actions that have none. (Encoded here: a redirect's URL is also read as a URI template.)
	 */
	private static String here(String path, String q) {
		return here(path, q, null);
	}

	/** The page with its search, and the unit an administrator chose on the unit workbench. */
	private static String here(String path, String q, String unit) {
		String search = Queues.search(q);
		String query = (unit == null ? "" : "&unit=" + java.net.URLEncoder.encode(unit, StandardCharsets.UTF_8))
				+ (search == null ? "" : "&q=" + java.net.URLEncoder.encode(search, StandardCharsets.UTF_8));
		return query.isEmpty() ? path : path + "?" + query.substring(1);
	}

	@PostMapping("/workbench/orders/{id}/{action}")
	String act(@PathVariable String id, @PathVariable String action, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		if (!QUEUE_ACTIONS.contains(action)) {
			throw new NotFoundException("Unknown action " + action + ".");
		}
		Actor actor = Actors.current();
		if ("verify".equals(action) && "false".equals(form.get("passed"))
				&& (form.get("note") == null || form.get("note").isBlank())) {
			// the order goes back to the unit with the reason (DESIGN §3): the page asks for it
			redirect.addFlashAttribute("error", messages.getMessage("wb.verify.reasonRequired", null,
					LocaleContextHolder.getLocale()));
			return "redirect:" + back(form.get("back"), actor);
		}
		run(redirect, () -> workOrders.act(actor, id, action, body(form)));
		if ("verify".equals(action) && redirect.getFlashAttributes().containsKey("error")) {
			// a refused verdict comes back with the note as it was typed, on its order's form
			redirect.addFlashAttribute("typedFor", id + "/" + form.get("passed"));
			redirect.addFlashAttribute("typedNote", form.get("note"));
		}
		return "redirect:" + back(form.get("back"), actor);
	}

	/** A queue action's form as the action's body: {@code passed} a boolean, {@code attachments} a list. */
	private static Map<String, Object> body(Map<String, String> form) {
		Map<String, Object> body = new HashMap<>();
		form.forEach((k, v) -> {
			if (!k.equals("_csrf") && !k.equals("back") && v != null && !v.isBlank()) {
				body.put(k, k.equals("passed") ? FormValues.yesOrNo(k, v) : k.equals("attachments")
						? Arrays.stream(v.split("[,，\\s]+")).filter(s -> !s.isBlank()).toList() : v.strip());
			}
		});
		return body;
	}

	/**
	 * A unit's open orders, for its handlers; an administrator names the unit ({@code ?unit=}) and sees its workbench
	 * as its handlers do, acting in their own name.
	 */
	@GetMapping("/workbench/unit")
	String unit(@RequestParam(required = false) String q, @RequestParam(required = false) String unit, Model model) {
		Actor current = Actors.current();
		boolean handler = current.is(Role.HANDLER);
		if (!(handler || current.isAdmin())) {
			throw new ForbiddenException("The unit workbench is for a unit's handlers.");
		}
		String search = Queues.search(q);
		model.addAttribute("q", search);
		String code = handler ? current.unitCode() : Queues.search(unit);
		Optional<Unit> chosen = handler || code == null ? Optional.empty() : directory.unit(code);
		if (!handler) {
			model.addAttribute("chooser", true);
			model.addAttribute("unit", code);
			if (chosen.isEmpty()) {
				model.addAttribute("unknownUnit", code != null);
				model.addAttribute("orders", List.of());
				model.addAttribute("ordersTotal", 0L);
				return "workbench/unit";
			}
		}
		// an administrator's queue is read as the unit's handlers read it; what they do is recorded as theirs
		Actor actor = handler ? current : new Actor(current.userId(), current.username(), current.displayName(),
				Role.HANDLER, chosen.orElseThrow().code(), null, Set.of());
		model.addAttribute("back", here("/workbench/unit", search, handler ? null : code));
		var page = queues.unitOrders(actor, search);
		List<WorkOrderSummary> orders = page.content();
		model.addAttribute("ordersTotal", page.totalElements());
		Map<String, String> colours = new HashMap<>();
		Map<String, String> handling = new HashMap<>();
		Map<String, Boolean> awaitingSignature = new HashMap<>();
		Map<String, Boolean> co = new HashMap<>();
		orders.forEach(o -> {
			// the row as the worst deadline the unit must meet now; each deadline's cell as its own
			colours.put(o.id(), Queues.colour(o));
			handling.put(o.id(), o.overdue() ? "red" : o.warned() ? "yellow" : "green");
			awaitingSignature.put(o.id(), Queues.awaitingSignature(o));
			co.put(o.id(), Queues.isCoUnit(actor, o));
		});
		model.addAttribute("orders", orders);
		model.addAttribute("colours", colours);
		model.addAttribute("handling", handling);
		model.addAttribute("awaitingSignature", awaitingSignature);
		model.addAttribute("coUnit", co);
		model.addAttribute("unitCode", actor.unitCode());
		return "workbench/unit";
	}

	@PostMapping("/workbench/orders/{id}/opinion")
	String opinion(@PathVariable String id, @RequestParam String opinion, @RequestParam(required = false) String q,
			@RequestParam(required = false) String unit, RedirectAttributes redirect) {
		try {
			opinions.give(Actors.current(), id, opinion);
			redirect.addFlashAttribute("message", 1);
		}
		catch (InvalidRequestException e) {
			// the opinion's own check (CoUnitOpinions) is this module's: said here, by the form's label
			boolean length = e.errors().stream().anyMatch(f -> "opinion".equals(f.field()));
			redirect.addFlashAttribute("error", length ? messages.getMessage("wb.error.opinionLength",
					new Object[] { messages.getMessage("wb.unit.opinion", null, LocaleContextHolder.getLocale()),
							String.valueOf(CoUnitOpinions.MAX_LENGTH) },
					LocaleContextHolder.getLocale()) : refusals.describe(e));
		}
		catch (ForbiddenException e) {
			redirect.addFlashAttribute("error", refusals.describe(e));
		}
		return "redirect:" + here("/workbench/unit", q, Queues.search(unit));
	}

	@GetMapping("/workbench/verification")
	String verification(@RequestParam(required = false) String q, Model model) {
		Actor actor = Actors.current();
		if (!(actor.isAdmin() || actor.is(Role.DISPATCHER) || actor.is(Role.GRID_WORKER))) {
			throw new ForbiddenException("On-site verification is for grid workers and dispatchers.");
		}
		String search = Queues.search(q);
		model.addAttribute("q", search);
		model.addAttribute("back", here("/workbench/verification", search));
		var page = queues.byStatus(actor, "VERIFYING", search);
		List<WorkOrderSummary> orders = page.content();
		model.addAttribute("ordersTotal", page.totalElements());
		Map<String, ScheduledDeadline> due = new HashMap<>();
		for (WorkOrderSummary o : orders) {
			deadlines.active(new DeadlineOwner(VerificationClock.OWNER_TYPE, o.id()))
				.stream()
				.findFirst()
				.ifPresent(d -> due.put(o.id(), d));
		}
		model.addAttribute("orders", orders);
		model.addAttribute("due", due);
		return "workbench/verification";
	}

	/**
	 * A bulk dispatch to the unit typed in, else with the suggestion: its lead and co-units, and triage's item for
	 * an order that has none.
	 */
	private Map<String, Object> bulkRouting(String id, String leadUnitCode) {
		Map<String, Object> body = new HashMap<>();
		if (leadUnitCode != null && !leadUnitCode.isBlank()) {
			body.put("leadUnitCode", leadUnitCode.strip());
			return body;
		}
		workOrders.find(id).filter(o -> workOrders.isVisibleTo(Actors.current(), o.id())).map(queues::suggest)
			.ifPresent(s -> {
				if (s.leadUnitCode() != null) {
					body.put("leadUnitCode", s.leadUnitCode());
					body.put("coUnitCodes", s.coUnitCodes());
				}
				if (s.order().itemCode() == null && s.itemCode() != null) {
					body.put("itemCode", s.itemCode());
				}
			});
		return body;
	}

	private static Map<String, Object> routing(Map<String, String> form) {
		Map<String, Object> body = new HashMap<>();
		body.put("leadUnitCode", form.getOrDefault("leadUnitCode", "").strip());
		String co = form.getOrDefault("coUnitCodes", "");
		body.put("coUnitCodes", Arrays.stream(co.split("[,，\\s]+")).filter(s -> !s.isBlank()).toList());
		String item = form.get("itemCode");
		if (item != null && !item.isBlank() && !"reassign".equals(form.get("mode"))) {
			body.put("itemCode", item.strip());
		}
		return body;
	}

	private void run(RedirectAttributes redirect, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("message", 1);
		}
		catch (InvalidRequestException | ConflictException | ForbiddenException | NotFoundException e) {
			redirect.addFlashAttribute("error", refusals.describe(e));
		}
	}

	/**
	 * The page an action came from, else the actor's own working page: a refusal (an order no longer theirs, say)
	 * comes back with its message where they can read it, never to a console they may not open.
	 */
	private static String back(String back, Actor actor) {
		if (back != null && back.startsWith("/workbench/")) {
			return back;
		}
		if (actor.is(Role.HANDLER)) {
			return "/workbench/unit";
		}
		return actor.is(Role.GRID_WORKER) ? "/workbench/verification" : "/workbench/dispatch";
	}
}
