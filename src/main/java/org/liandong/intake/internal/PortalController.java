package org.liandong.intake.internal;

import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.liandong.shared.ConflictException;
import org.liandong.shared.InvalidRequestException;
import org.liandong.shared.Redaction;
import org.liandong.shared.TransactionEnd;
import org.liandong.shared.web.LanguageLink;
import org.liandong.workorder.WorkOrderSummary;
import org.liandong.workorder.WorkOrders;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

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

	/** The session attribute holding the visitor's last receipt (number and query code). */
	static final String RECEIPT = PortalController.class.getName() + ".receipt";

	/** A submitted request's number and query code, for the visitor who submitted it. */
	record Receipt(String number, String queryCode) implements Serializable {
	}

	private final PortalIntake intake;
	private final PortalTickets tickets;
	private final WorkOrders orders;
	private final RateLimiter limiter;
	private final IntakeProperties properties;
	private final MessageSource messages;

	PortalController(PortalIntake intake, PortalTickets tickets, WorkOrders orders, RateLimiter limiter,
			IntakeProperties properties, MessageSource messages) {
		this.messages = messages;
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

	/**
	 * Takes the request in and redirects to the receipt (post-redirect-get): the receipt can then be reloaded or
	 * switched to the other language without sending the form again. The number and query code go to this visitor's
	 * session, never into a URL; a refused form comes back at once, as typed.
	 */
	@PostMapping("/requests")
	String submit(@ModelAttribute PortalForm form,
			@RequestParam(name = "photos", required = false) List<MultipartFile> photos, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		request.setAttribute(LanguageLink.PAGE, "/portal");
		HttpSession session = request.getSession();
		session.removeAttribute(RECEIPT);
		String limit = "portal-submit:" + request.getRemoteAddr();
		Optional<Duration> wait = limiter.acquire(limit, properties.portal().submitsPerHour(), Duration.ofHours(1));
		if (wait.isPresent()) {
			return tooMany(wait.get(), response);
		}
		try {
			PortalIntake.Submitted s = intake.submit(form, photos);
			TransactionEnd.afterCommit(() -> intake.textCitizen(s)); // (within an idempotent request: only if it commits)
			Receipt receipt = new Receipt(s.order().number(), s.queryCode());
			// kept once the order is there for good: a rollback after this point (the idempotency record) leaves none
			TransactionEnd.afterCommit(() -> session.setAttribute(RECEIPT, receipt));
			return "redirect:/portal/requests";
		}
		catch (InvalidRequestException e) {
			// nothing was taken in: a mistake in the form does not count against the hour's submissions
			limiter.release(limit);
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("form", form);
			model.addAttribute("errors", e.errors());
			return "portal/submit";
		}
		catch (CallerScreen.Refused e) {
			response.setStatus(HttpStatus.FORBIDDEN.value());
			model.addAttribute("form", form);
			model.addAttribute("errors", List.of(new InvalidRequestException.FieldError(null,
					messages.getMessage("portal.error.blocked", null, LocaleContextHolder.getLocale()))));
			return "portal/submit";
		}
	}

	/** The receipt of this visitor's last request, in the page's language; without one, the form. */
	@GetMapping("/requests")
	String receipt(HttpServletRequest request, Model model) {
		HttpSession session = request.getSession(false);
		if (session == null || !(session.getAttribute(RECEIPT) instanceof Receipt receipt)) {
			return "redirect:/portal";
		}
		model.addAttribute("number", receipt.number());
		model.addAttribute("queryCode", receipt.queryCode());
		return "portal/done";
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
		Optional<Duration> locked = codesLeft(number);
		if (locked.isPresent()) {
			return tooMany(locked.get(), response);
		}
		Optional<WorkOrderSummary> order = checked(number, code);
		if (order.isEmpty()) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			model.addAttribute("notFound", true);
			return "portal/track";
		}
		return shown(order.get(), code, model);
	}

	/** The tracking page of an order; the revisit form only while its round waits for an answer. */
	private String shown(WorkOrderSummary order, String code, Model model) {
		model.addAttribute("number", order.number());
		model.addAttribute("code", code.strip());
		model.addAttribute("order", order);
		// whoever holds the number and code reads the unit's result: without phone and ID numbers and the names it
		// introduces (王先生, 联系人…), as Open311's public answers
		model.addAttribute("result", Redaction.redact(order.result()));
		model.addAttribute("timeline", orders.publicTimeline(order.id())
			.stream()
			.filter(e -> LIFECYCLE.contains(e.action()))
			.toList());
		model.addAttribute("canRevisit", orders.awaitsRevisitAnswer(order.id()));
		return "portal/track";
	}

	/**
	 * The citizen's revisit; then back to the tracking page by post-redirect-get (where the page can switch language
	 * or be reloaded without answering twice). A round is answered once: after an answer (the order waits for the
	 * operator's decision, or is closed) the post is refused on the page (409); a missing or tampered field is said
	 * on the page too (400), never as the framework's bare answer.
	 */
	@PostMapping("/revisit")
	String revisit(@RequestParam(required = false) String number, @RequestParam(required = false) String code,
			@RequestParam(required = false) String resolved, @RequestParam(required = false) String satisfaction,
			Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		request.setAttribute(LanguageLink.PAGE, "/portal/track");
		Optional<Duration> wait = limiter.acquire("portal-track:" + request.getRemoteAddr(),
				properties.portal().tracksPerMinute(), Duration.ofMinutes(1));
		if (wait.isPresent()) {
			return tooMany(wait.get(), response);
		}
		if (number == null || number.isBlank() || code == null || code.isBlank()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("number", number);
			model.addAttribute("revisitErrors", List.of("portal.revisit.error.order"));
			return "portal/track";
		}
		Optional<Duration> locked = codesLeft(number);
		if (locked.isPresent()) {
			return tooMany(locked.get(), response);
		}
		Optional<WorkOrderSummary> order = checked(number, code);
		if (order.isEmpty()) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			model.addAttribute("number", number);
			model.addAttribute("notFound", true);
			return "portal/track";
		}
		RevisitAnswer answer = RevisitAnswer.parse(resolved, satisfaction);
		if (!answer.errors().isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("revisitErrors", answer.errors());
			return shown(order.get(), code, model);
		}
		try {
			if (!orders.awaitsRevisitAnswer(order.get().id())) {
				throw new ConflictException("answered");
			}
			orders.revisitByCitizen(order.get().id(), answer.resolved(), answer.satisfaction(), "portal");
		}
		catch (ConflictException e) { // answered before, or between the look-up and this answer
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("revisitErrors", List.of("portal.revisit.answered"));
			return shown(order.get(), code, model);
		}
		redirect.addFlashAttribute("thanks", true);
		redirect.addAttribute("number", order.get().number());
		redirect.addAttribute("code", code.strip());
		return "redirect:/portal/track";
	}

	/**
	 * The order a number and query code name, counting a wrong code against the number: the code has a million
	 * values, and the per-address limit alone would let many addresses try them all for one order.
	 */
	private Optional<WorkOrderSummary> checked(String number, String code) {
		Optional<WorkOrderSummary> order = tickets.check(number, code).flatMap(orders::find);
		if (order.isEmpty()) {
			limiter.acquire(wrongCodesKey(number), properties.portal().wrongCodesPerHour(), Duration.ofHours(1));
		}
		return order;
	}

	/** Empty while the number may still be looked up, else how long until it may again. */
	private Optional<Duration> codesLeft(String number) {
		return limiter.exhausted(wrongCodesKey(number), properties.portal().wrongCodesPerHour());
	}

	private static String wrongCodesKey(String number) {
		return "portal-code:" + number.strip().toUpperCase(java.util.Locale.ROOT);
	}

	private static String tooMany(Duration wait, HttpServletResponse response) {
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RateLimiter.seconds(wait)));
		return "portal/busy";
	}
}
