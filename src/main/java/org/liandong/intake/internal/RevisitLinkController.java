package org.liandong.intake.internal;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.liandong.shared.ConflictException;
import org.liandong.shared.Redaction;
import org.liandong.shared.web.LanguageLink;
import org.liandong.workorder.WorkOrderSummary;
import org.liandong.workorder.WorkOrders;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The page an SMS revisit link opens (public, no login, the portal's per-IP look-up limit): the order's number, its
 * title and result without personal data, and while the round waits for an answer the revisit form, which answers
 * through {@link WorkOrders#revisitByCitizen} as the portal's tracking page does. A forged, expired or superseded
 * link, or a round already answered, is said on the page in the visitor's language.
 */
@Controller
class RevisitLinkController {

	static final String PATH = "/portal/revisit/";

	private final RevisitTokens tokens;
	private final WorkOrders orders;
	private final RateLimiter limiter;
	private final IntakeProperties properties;

	RevisitLinkController(RevisitTokens tokens, WorkOrders orders, RateLimiter limiter, IntakeProperties properties) {
		this.tokens = tokens;
		this.orders = orders;
		this.limiter = limiter;
		this.properties = properties;
	}

	@GetMapping(PATH + "{token}")
	String page(@PathVariable String token, Model model, HttpServletRequest request, HttpServletResponse response) {
		if (limited(request, response)) {
			return "portal/busy";
		}
		Optional<WorkOrderSummary> order = opened(token, model, response);
		// after this visitor's own answer the page thanks them, without saying the round is answered
		if (order.isPresent() && !model.containsAttribute("thanks") && !orders.awaitsRevisitAnswer(order.get().id())) {
			model.addAttribute("problem", "portal.revisit.answered");
		}
		return "portal/revisit";
	}

	@PostMapping(PATH + "{token}")
	String answer(@PathVariable String token, @RequestParam(required = false) String resolved,
			@RequestParam(required = false) String satisfaction, Model model, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		request.setAttribute(LanguageLink.PAGE, PATH + token);
		if (limited(request, response)) {
			return "portal/busy";
		}
		Optional<WorkOrderSummary> order = opened(token, model, response);
		if (order.isEmpty()) {
			return "portal/revisit";
		}
		RevisitAnswer answer = RevisitAnswer.parse(resolved, satisfaction);
		if (!answer.errors().isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("errors", answer.errors());
			return "portal/revisit";
		}
		try {
			if (!orders.awaitsRevisitAnswer(order.get().id())) {
				throw new ConflictException("answered");
			}
			orders.revisitByCitizen(order.get().id(), answer.resolved(), answer.satisfaction(), "sms-link");
		}
		catch (ConflictException e) { // answered before, or between the look-up and this answer
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("problem", "portal.revisit.answered");
			return "portal/revisit";
		}
		redirect.addFlashAttribute("thanks", true);
		return "redirect:" + PATH + token;
	}

	/**
	 * The order of a valid token whose round is the order's current one, put on the page; else the page's problem
	 * (not found for a forged token, gone for an expired or superseded one) and empty.
	 */
	private Optional<WorkOrderSummary> opened(String token, Model model, HttpServletResponse response) {
		RevisitTokens.Checked checked = tokens.check(token);
		Optional<WorkOrderSummary> order = checked instanceof RevisitTokens.Valid v
				? orders.findListed(v.orderId()).filter(o -> o.reopenCount() == v.round())
				: Optional.empty();
		if (order.isEmpty()) {
			boolean forged = checked instanceof RevisitTokens.Forged
					|| checked instanceof RevisitTokens.Valid v && orders.find(v.orderId()).isEmpty();
			response.setStatus(forged ? HttpStatus.NOT_FOUND.value() : HttpStatus.GONE.value());
			model.addAttribute("problem", forged ? "portal.revisit.link.invalid" : "portal.revisit.link.expired");
			return Optional.empty();
		}
		WorkOrderSummary o = order.get();
		var citizen = orders.citizens(List.of(o.id())).getOrDefault(o.id(), new WorkOrders.Citizen(null, null));
		model.addAttribute("order", o);
		model.addAttribute("orderTitle", Redaction.redact(o.title(), citizen.name(), citizen.phone()));
		model.addAttribute("result", Redaction.redact(o.result(), citizen.name(), citizen.phone()));
		model.addAttribute("token", token);
		return order;
	}

	private boolean limited(HttpServletRequest request, HttpServletResponse response) {
		Optional<Duration> wait = limiter.acquire("portal-track:" + request.getRemoteAddr(),
				properties.portal().tracksPerMinute(), Duration.ofMinutes(1));
		wait.ifPresent(w -> {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RateLimiter.seconds(w)));
		});
		return wait.isPresent();
	}
}
