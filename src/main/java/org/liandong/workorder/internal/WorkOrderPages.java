package org.liandong.workorder.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.liandong.directory.Directory;
import org.liandong.files.FileStore;
import org.liandong.files.StoredFile;
import org.liandong.identity.Actor;
import org.liandong.identity.Actors;
import org.liandong.identity.Role;
import org.liandong.shared.ConflictException;
import org.liandong.shared.ForbiddenException;
import org.liandong.shared.InvalidRequestException;
import org.liandong.shared.PageQuery;
import org.liandong.shared.PageResult;
import org.liandong.shared.Zones;
import org.liandong.shared.web.FormValues;
import org.liandong.workorder.Channel;
import org.liandong.workorder.OrderPagePanel;
import org.liandong.workorder.Urgency;
import org.liandong.workorder.WorkOrderRefusals;
import org.liandong.workorder.WorkOrderStatus;
import org.liandong.workorder.WorkOrderSummary;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Pages: the work-order list with filters, the detail with timeline and the caller's actions, a simple intake. */
@Controller
class WorkOrderPages {

	private final WorkOrderService service;
	private final WorkOrderQuery query;
	private final Directory directory;
	private final WorkOrderProperties properties;
	private final TimelineNotes notes;
	private final WorkOrderRefusals refusals;
	private final FileStore files;
	private final List<OrderPagePanel> panels;

	WorkOrderPages(WorkOrderService service, WorkOrderQuery query, Directory directory, WorkOrderProperties properties, TimelineNotes notes, WorkOrderRefusals refusals,
			FileStore files, List<OrderPagePanel> panels) {
		this.files = files;
		this.panels = panels.stream().sorted(java.util.Comparator.comparingInt(OrderPagePanel::order)).toList();
		this.properties = properties;
		this.notes = notes;
		this.refusals = refusals;
		this.service = service;
		this.query = query;
		this.directory = directory;
	}

	@GetMapping("/")
	String home() {
		return "redirect:/work-orders";
	}

	@GetMapping("/work-orders")
	String list(@RequestParam(required = false) String status, @RequestParam(required = false) String unit,
			@RequestParam(required = false) String urgency, @RequestParam(required = false) Boolean overdue,
			@RequestParam(required = false) String q,
			@RequestParam(name = "from", required = false) String fromText,
			@RequestParam(name = "to", required = false) String toText,
			@RequestParam(required = false) Integer page, Model model) {
		// the dates read here, not by the binder: one typed into the address wrongly is a message above the filters
		// as they were, not the generic 400 page
		List<InvalidRequestException.FieldError> badDates = new ArrayList<>();
		LocalDate from = date("from", fromText, badDates);
		LocalDate to = date("to", toText, badDates);
		var filter = new WorkOrderQuery.Filter(status, unit, null, null, urgency, overdue, null, from, to, q, null);
		try {
			if (!badDates.isEmpty()) {
				throw new InvalidRequestException("Invalid filter", badDates);
			}
			Actor actor = Actors.current();
			PageResult<WorkOrderView> result = query.list(actor, filter, PageQuery.of(page, 20))
				.map(PersonalDataPolicy::listView);
			model.addAttribute("result", result);
		}
		catch (InvalidRequestException e) {
			model.addAttribute("error", refusals.describe(e));
			model.addAttribute("result", PageResult.of(List.of(), PageQuery.of(0, 20), 0));
		}
		model.addAttribute("statuses", WorkOrderStatus.values());
		model.addAttribute("urgencies", Urgency.values());
		model.addAttribute("filter", filter);
		model.addAttribute("mayCreate", ActionPolicy.mayCreate(Actors.current()));
		return "workorder/list";
	}

	private static LocalDate date(String field, String text, List<InvalidRequestException.FieldError> errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			errors.add(new InvalidRequestException.FieldError(field, "must be a date (YYYY-MM-DD)."));
			return null;
		}
	}

	@GetMapping("/work-orders/new")
	String newOrder(Model model) {
		ActionPolicy.checkCreate(Actors.current()); // 403 for a role that may not take in orders
		return intakeForm(model);
	}

	private String intakeForm(Model model) {
		model.addAttribute("channels", Channel.values());
		model.addAttribute("urgencies", Urgency.values());
		return "workorder/new";
	}

	@PostMapping("/work-orders")
	String create(@RequestParam Map<String, String> form, RedirectAttributes redirect, Model model) {
		var request = new CreateWorkOrderRequest(form.get("channel"), form.get("content"), blank(form.get("nature")),
				blank(form.get("title")), blank(form.get("citizenName")), blank(form.get("citizenPhone")),
				blank(form.get("address")), null, null, null, blank(form.get("regionCode")), blank(form.get("itemCode")),
				blank(form.get("urgency")), form.containsKey("confidential"), List.of());
		try {
			WorkOrderView view = service.create(Actors.current(), request);
			redirect.addFlashAttribute("message", "created");
			return "redirect:/work-orders/" + view.id();
		}
		catch (InvalidRequestException | ForbiddenException e) {
			model.addAttribute("error", refusals.describe(e));
			model.addAttribute("form", form);
			return intakeForm(model);
		}
	}

	@GetMapping("/work-orders/{id}")
	String detail(@PathVariable String id, Model model) {
		Actor actor = Actors.current();
		WorkOrder order = service.visible(actor, id);
		WorkOrderView view = service.view(actor, id);
		model.addAttribute("order", view);
		model.addAttribute("regionName", view.regionCode() == null ? null
				: directory.region(view.regionCode()).map(r -> r.name()).orElse(null));
		model.addAttribute("itemName", view.itemCode() == null ? null
				: directory.item(view.itemCode()).map(i -> i.name()).orElse(null));
		List<TimelineEntry> timeline = service.timeline(actor, order.id);
		// evidence by its file name, not its id
		List<String> attached = timeline.stream().flatMap(e -> e.attachments().stream()).toList();
		Map<String, StoredFile> stored = attached.isEmpty() ? Map.of() : files.findAll(attached);
		Map<String, String> fileNames = new HashMap<>();
		attached.forEach(f -> fileNames.put(f, stored.containsKey(f) ? stored.get(f).name() : f));
		model.addAttribute("fileNames", fileNames);
		model.addAttribute("timeline", notes.forPage(timeline));
		model.addAttribute("actions", offered(actor, order));
		// a unit's handler may blow a whistle (一哨联动) on an open order it sees: the whistle page, prefilled
		model.addAttribute("mayBlowWhistle", actor.is(Role.HANDLER) && actor.unitCode() != null
				&& !order.status.isFinal());
		// what other modules offer on the order (supervision's 督办 and 催办), each with its own forms
		WorkOrderSummary summary = WorkOrdersFacade.summary(order);
		model.addAttribute("panels", panels.stream().flatMap(p -> p.panel(actor, summary).stream()).toList());
		return "workorder/detail";
	}

	@PostMapping("/work-orders/{id}/actions/{action}")
	String act(@PathVariable String id, @PathVariable String action, @RequestParam Map<String, String> form,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, RedirectAttributes redirect) {
		try {
			service.actWithUploads(Actors.current(), id, action, toJson(form), uploads(files));
			redirect.addFlashAttribute("message", "done");
		}
		catch (InvalidRequestException | ConflictException | ForbiddenException e) {
			redirect.addFlashAttribute("error", refusals.describe(e));
			// the form comes back open with what was typed (not the version: the page shows the current one)
			Map<String, String> typed = new HashMap<>(form);
			typed.keySet().removeAll(List.of("_csrf", "version"));
			redirect.addFlashAttribute("failedAction", action);
			redirect.addFlashAttribute("typed", typed);
		}
		return "redirect:/work-orders/" + id;
	}

	private static List<WorkOrderService.Upload> uploads(List<MultipartFile> files) {
		if (files == null) {
			return List.of();
		}
		return files.stream()
			.filter(f -> !f.isEmpty())
			.map(f -> new WorkOrderService.Upload(f.getOriginalFilename(), f.getContentType(), () -> f.getInputStream()))
			.toList();
	}

	private List<String> offered(Actor actor, WorkOrder order) {
		List<String> actions = new ArrayList<>();
		for (Action action : Action.values()) {
			if (!ActionStates.offered(action, order, properties.maxReopens())) {
				continue;
			}
			try {
				ActionPolicy.check(actor, order, action);
				actions.add(action.path());
			}
			catch (ForbiddenException e) {
				// not this caller's action
			}
		}
		return actions;
	}

	/** Turns form fields into the action's JSON body: lists split on commas, booleans and numbers typed. */
	private static ObjectNode toJson(Map<String, String> form) {
		ObjectNode body = JsonNodeFactory.instance.objectNode();
		form.forEach((key, value) -> {
			if (key.equals("_csrf") || value == null || value.isBlank()) {
				return;
			}
			switch (key) {
				case "coUnitCodes", "attachments" -> {
					ArrayNode array = body.putArray(key);
					for (String part : value.split("[,，\\s]+")) {
						if (!part.isBlank()) {
							array.add(part.strip());
						}
					}
				}
				case "passed", "resolved", "reached" -> body.put(key, FormValues.yesOrNo(key, value));
				case "version" -> {
					if (value.strip().matches("\\d{1,9}")) {
						body.put(key, Integer.parseInt(value.strip()));
					}
					else {
						body.put(key, value);
					}
				}
				case "until" -> body.put(key, cityTime(value));
				default -> body.put(key, value.strip());
			}
		});
		return body;
	}

	/**
	 * A {@code datetime-local} field ({@code 2026-12-20T10:00}) read in the city's time; any other value goes on as it
	 * is, for the action to refuse (400), rather than failing here.
	 */
	private static String cityTime(String value) {
		if (value.length() == 16) {
			try {
				return LocalDateTime.parse(value).atZone(Zones.CITY).toInstant().toString();
			}
			catch (DateTimeParseException e) {
				// not a date and time: the action answers that "until" must be an instant
			}
		}
		return value;
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s;
	}
}
