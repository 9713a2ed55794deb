package org.liandong.intake.internal;

import java.util.Map;

import org.liandong.shared.ForbiddenException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The intake pages opened by a role they are not for: 403 with a readable page saying whom the page is for, in the
 * visitor's language (the services' refusals are the API's English), not an error trace.
 */
@ControllerAdvice(assignableTypes = { ConsoleController.class, GridPages.class, BlockedCallerPages.class })
class ForbiddenPages {

	/** The services' refusals by their message, and what the page says instead. */
	private static final Map<String, String> SAID = Map.of("The operator console is for operators.",
			"intake.forbidden.console", "Grid reports are for grid workers.", "intake.forbidden.grid",
			"The blocked-callers list is for administrators, supervisors and operators.",
			"intake.forbidden.blockedRead", "Only administrators and supervisors manage the blocked-callers list.",
			"intake.forbidden.blockedManage");

	private final IntakeMessages messages;

	ForbiddenPages(IntakeMessages messages) {
		this.messages = messages;
	}

	@ExceptionHandler(ForbiddenException.class)
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String forbidden(ForbiddenException e, Model model) {
		String key = SAID.get(e.getMessage());
		model.addAttribute("message", key == null ? messages.say("intake.forbidden.other") : messages.say(key));
		return "intake/forbidden";
	}
}
