package org.liandong.evaluation.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.liandong.identity.Actor;
import org.liandong.identity.Actors;
import org.liandong.identity.Role;
import org.liandong.shared.ConflictException;
import org.liandong.shared.ForbiddenException;
import org.liandong.shared.InvalidRequestException;
import org.liandong.shared.NotFoundException;
import org.liandong.shared.PageQuery;
import org.liandong.shared.web.FormValues;
import org.liandong.workorder.WorkOrderFilter;
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
 * The revisit queue (回访): orders in REVISITING the operator may see, the phone revisit form, and the decision after
 * an unresolved or dissatisfied answer (reopen or close with a reason). Everything goes through
 * {@code WorkOrders.act}, so the lifecycle's own checks and errors apply.
 */
@Controller
class RevisitPages {

	private final WorkOrders orders;
	private final RevisitAnswers answers;
	private final ReplyQualityStore quality;
	private final WorkOrderRefusals refusals;
	private final MessageSource messages;

	RevisitPages(WorkOrders orders, RevisitAnswers answers, ReplyQualityStore quality, WorkOrderRefusals refusals,
			MessageSource messages) {
		this.refusals = refusals;
		this.messages = messages;
		this.orders = orders;
		this.answers = answers;
		this.quality = quality;
	}

	@GetMapping("/evaluation/revisits")
	String queue(@RequestParam(required = false) Integer page, Model model) {
		Actor actor = requireRevisitor();
		var filter = new WorkOrderFilter("REVISITING", null, null, null, null, null, null, null, null, null, null);
		var result = orders.search(actor, filter, PageQuery.of(page, 20));
		List<String> ids = result.content().stream().map(WorkOrderSummary::id).toList();
		model.addAttribute("result", result);
		model.addAttribute("answers", answers.latest(ids));
		model.addAttribute("quality", quality.latest(ids));
		// the telephone revisit is the operators' (CONTRACT §4); supervisors decide, reopen or close, only
		model.addAttribute("mayRevisit", actor.isAdmin() || actor.is(Role.OPERATOR));
		return "evaluation/revisits";
	}

	@PostMapping("/evaluation/revisits/{id}/{action}")
	String act(@PathVariable String id, @PathVariable String action, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		Actor actor = requireRevisitor();
		if (!List.of("revisit", "reopen", "close").contains(action)) {
			throw new NotFoundException("No revisit action " + action);
		}
		try {
			WorkOrderSummary after = orders.act(actor, id, action, body(action, form));
			String status = messages.getMessage("status." + after.status().name(), null, after.status().name(),
					LocaleContextHolder.getLocale());
			redirect.addFlashAttribute("message", after.number() + " → " + status);
		}
		catch (InvalidRequestException | ConflictException | ForbiddenException e) {
			redirect.addFlashAttribute("error", refusals.describe(e));
		}
		return "redirect:/evaluation/revisits";
	}

	/**
	 * The action's JSON body from the form. Yes or no typed as the API's JSON booleans (the API takes no other kind):
	 * a value other than true or false is refused by its field, and a reached call without the answer to "resolved"
	 * leaves it out, for the action to refuse, rather than reading either as yes or no.
	 */
	private static Map<String, Object> body(String action, Map<String, String> form) {
		Map<String, Object> body = new HashMap<>();
		if (action.equals("revisit")) {
			String reached = form.get("reached");
			boolean wasReached = reached == null || FormValues.yesOrNo("reached", reached);
			if (reached != null) {
				body.put("reached", wasReached);
			}
			if (wasReached) {
				String resolved = form.get("resolved");
				if (resolved != null) {
					body.put("resolved", FormValues.yesOrNo("resolved", resolved));
				}
				body.put("satisfaction", form.getOrDefault("satisfaction", ""));
			}
		}
		else {
			body.put("reason", form.getOrDefault("reason", ""));
		}
		if (form.get("note") != null && !form.get("note").isBlank()) {
			body.put("note", form.get("note"));
		}
		return body;
	}

	private static Actor requireRevisitor() {
		Actor actor = Actors.current();
		if (!(actor.isAdmin() || actor.is(Role.OPERATOR) || actor.is(Role.SUPERVISOR))) {
			throw new ForbiddenException("Only operators and supervisors revisit citizens.");
		}
		return actor;
	}
}
