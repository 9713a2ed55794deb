package org.liandong.intake.internal;

import java.util.function.Supplier;

import org.liandong.identity.Actor;
import org.liandong.identity.Actors;
import org.liandong.shared.web.LanguageLink;
import org.liandong.workorder.WorkOrderSummary;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The operator console (话务员受理), {@code /intake/console}: the form, and the htmx panels beside it (五要素 checks,
 * the caller's earlier orders, knowledge articles, triage suggestion and similar open orders). Submitting takes the
 * order in; the buttons in the panels answer it directly or merge it, in the same step.
 */
@Controller
@RequestMapping("/intake/console")
class ConsoleController {

	private final ConsoleIntake intake;
	private final ConsolePanels panels;
	private final CallerScreen screen;
	private final PageErrors errors;

	ConsoleController(ConsoleIntake intake, ConsolePanels panels, CallerScreen screen, PageErrors errors) {
		this.errors = errors;
		this.intake = intake;
		this.panels = panels;
		this.screen = screen;
	}

	/** A refused form is answered at its POST address: the language switch goes back to the page itself. */
	@ModelAttribute
	void languagePage(HttpServletRequest request) {
		request.setAttribute(LanguageLink.PAGE, "/intake/console");
	}

	@GetMapping
	String page(Model model) {
		ConsoleIntake.checkOperator(Actors.current());
		return show(ConsoleForm.empty(), model);
	}

	@GetMapping("/checks")
	String checks(@ModelAttribute("form") ConsoleForm form, Model model) {
		ConsoleIntake.checkOperator(Actors.current());
		model.addAttribute("checks", FiveElements.of(form));
		return "intake/console :: checks";
	}

	@GetMapping("/history")
	String history(@RequestParam(required = false) String citizenPhone, Model model) {
		Actor actor = Actors.current();
		ConsoleIntake.checkOperator(actor);
		model.addAttribute("history", panels.history(actor, citizenPhone));
		model.addAttribute("blocked", screen.warning(citizenPhone).orElse(null));
		return "intake/console :: history";
	}

	@GetMapping("/knowledge")
	String knowledge(@RequestParam(required = false) String content, @RequestParam(required = false) String kq,
			Model model) {
		ConsoleIntake.checkOperator(Actors.current());
		model.addAttribute("articles", panels.articles(kq != null && !kq.isBlank() ? kq : content));
		return "intake/console :: knowledge";
	}

	@GetMapping("/similar")
	String similar(@ModelAttribute("form") ConsoleForm form, Model model) {
		Actor actor = Actors.current();
		ConsoleIntake.checkOperator(actor);
		model.addAttribute("suggestion", panels.suggestion(form).orElse(null));
		model.addAttribute("similar", panels.similar(actor, form));
		return "intake/console :: similar";
	}

	@PostMapping
	String submit(@ModelAttribute("form") ConsoleForm form, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return perform(() -> intake.submit(Actors.current(), form), "submitted", form, model, redirect, response);
	}

	@PostMapping("/answer")
	String answer(@ModelAttribute("form") ConsoleForm form, @RequestParam(required = false) String articleId,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return perform(() -> intake.answer(Actors.current(), form, articleId), "answered", form, model, redirect,
				response);
	}

	@PostMapping("/merge")
	String merge(@ModelAttribute("form") ConsoleForm form, @RequestParam(required = false) String masterId,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return perform(() -> intake.merge(Actors.current(), form, masterId), "merged", form, model, redirect,
				response);
	}

	private String perform(Supplier<WorkOrderSummary> action, String outcome, ConsoleForm form, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		var order = errors.attempt(action, model, response);
		if (order.isEmpty()) {
			return show(form, model);
		}
		redirect.addFlashAttribute("done", order.get());
		redirect.addFlashAttribute("outcome", outcome);
		return "redirect:/intake/console";
	}


	private String show(ConsoleForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("checks", FiveElements.of(form));
		model.addAttribute("blocked", screen.warning(form.citizenPhone()).orElse(null));
		model.addAttribute("overrideReason", form.overrideReason());
		panels.choices(model);
		return "intake/console";
	}
}
