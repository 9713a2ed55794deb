package org.liandong.intake.internal;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.liandong.shared.InvalidRequestException;
import org.liandong.workorder.Satisfaction;
import org.liandong.workorder.WorkOrderStatus;
import org.liandong.workorder.WorkOrderSummary;
import org.liandong.workorder.WorkOrders;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The citizen portal (public, no login): submit a request with an address or map pin and up to three photos,
 * track it with the number and query code, and answer the revisit online. Submissions and look-ups are limited per
 * client IP, never globally.
 */
@Controller
@RequestMapping("/portal")
class PortalController {

	/**
	 * The timeline entries a citizen follows: the steps of the order's life, every one that changes its state among
	 * them (a return approved, a failed verification, an unreachable close, a master cancelled). Not the platform's
	 * internal entries (quality flags, deadline warnings, supervision, whistles, opinions, requests under review).
	 */
	static final Set<String> LIFECYCLE = Set.of("RECEIVE", "ANSWER", "DISPATCH", "REASSIGN", "SIGN", "REPLY",
			"VERIFY_PASSED", "VERIFY_FAILED", "REVISIT", "REVISIT_UNREACHABLE", "REOPEN", "CLOSE", "CLOSE_WITH_MASTER",
			"APPROVE_RETURN", "SHELVE", "UNSHELVE", "MERGE", "UNMERGE", "CANCEL");

	private final PortalIntake intake;
	private final PortalTickets tickets;
	private final WorkOrders orders;
	private final RateLimiter limiter;
	private final IntakeProperties properties;

	PortalController(PortalIntake intake, PortalTickets tickets, WorkOrders orders, RateLimiter limiter,
			IntakeProperties properties) {
		this.intake = intake;
		this.tickets = tickets;
		this.orders = orders;
		this.limiter = limiter;
		this.properties = properties;
	}

	@GetMapping({ "", "/" })
	String form(Model model) {
		model.addAttribute("form", PortalForm.empty());
		return "portal/submit";
	}

	@PostMapping("/requests")
	String submit(@ModelAttribute PortalForm form,
			@RequestParam(name = "photos", required = false) List<MultipartFile> photos, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		Optional<Duration> wait = limiter.acquire("portal-submit:" + request.getRemoteAddr(),
				properties.portal().submitsPerHour(), Duration.ofHours(1));
		if (wait.isPresent()) {
			return tooMany(wait.get(), response);
		}
		try {
			PortalIntake.Submitted s = intake.submit(form, photos);
			intake.textCitizen(s);
			model.addAttribute("number", s.order().number());
			model.addAttribute("queryCode", s.queryCode());
			return "portal/done";
		}
		catch (InvalidRequestException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("form", form);
			model.addAttribute("errors", e.errors());
			return "portal/submit";
		}
		catch (CallerScreen.Refused e) {
			response.setStatus(HttpStatus.FORBIDDEN.value());
			model.addAttribute("form", form);
			model.addAttribute("errors", List.of(new InvalidRequestException.FieldError(null, e.getMessage())));
			return "portal/submit";
		}
	}

	@GetMapping("/track")
	String track(@RequestParam(required = false) String number, @RequestParam(required = false) String code,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		model.addAttribute("number", number);
		if (number == null || code == null) {
			return "portal/track";
		}
		Optional<Duration> wait = limiter.acquire("portal-track:" + request.getRemoteAddr(),
				properties.portal().tracksPerMinute(), Duration.ofMinutes(1));
		if (wait.isPresent()) {
			return tooMany(wait.get(), response);
		}
		Optional<WorkOrderSummary> order = tickets.check(number, code).flatMap(orders::find);
		if (order.isEmpty()) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			model.addAttribute("notFound", true);
			return "portal/track";
		}
		model.addAttribute("code", code.strip());
		model.addAttribute("order", order.get());
		model.addAttribute("statusNotes", StatusNotes.label(order.get().status()));
		model.addAttribute("timeline", orders.publicTimeline(order.get().id())
			.stream()
			.filter(e -> LIFECYCLE.contains(e.action()))
			.toList());
		model.addAttribute("canRevisit", order.get().status() == WorkOrderStatus.REVISITING);
		return "portal/track";
	}

	@PostMapping("/revisit")
	String revisit(@RequestParam String number, @RequestParam String code, @RequestParam boolean resolved,
			@RequestParam Satisfaction satisfaction, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		Optional<Duration> wait = limiter.acquire("portal-track:" + request.getRemoteAddr(),
				properties.portal().tracksPerMinute(), Duration.ofMinutes(1));
		if (wait.isPresent()) {
			return tooMany(wait.get(), response);
		}
		Optional<WorkOrderSummary> order = tickets.check(number, code).flatMap(orders::find);
		if (order.isEmpty()) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			model.addAttribute("notFound", true);
			return "portal/track";
		}
		if (order.get().status() == WorkOrderStatus.REVISITING) {
			orders.revisitByCitizen(order.get().id(), resolved, satisfaction, "portal");
			model.addAttribute("thanks", true);
		}
		return track(number, code, model, request, response);
	}

	private static String tooMany(Duration wait, HttpServletResponse response) {
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RateLimiter.seconds(wait)));
		return "portal/busy";
	}
}
