package org.liandong.evaluation.internal;

import java.util.Locale;
import java.util.Map;

import org.liandong.shared.ConflictException;
import org.liandong.shared.ForbiddenException;
import org.liandong.shared.InvalidRequestException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Refusals on the evaluation pages: the error page in the visitor's language (a public page's bad {@code month} is
 * a page, not a line of English), or, for an htmx request (the export panel), the message alone to swap in.
 */
@ControllerAdvice(assignableTypes = { RevisitPages.class, EvaluationPages.class, ExportPages.class })
class PageErrors {

	/** The evaluation module's own refusals, by field, said with the bundles ({@code ev.error.*}). */
	private static final Map<String, String> KNOWN = Map.of("month", "ev.error.month", "format", "ev.error.format",
			"to", "ev.error.range");

	private final MessageSource messages;

	PageErrors(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(ForbiddenException.class)
	Object forbidden(ForbiddenException e, HttpServletRequest request, Locale locale) {
		return answer(request, HttpStatus.FORBIDDEN, messages.getMessage("error.status.403", null, e.getMessage(),
				locale));
	}

	@ExceptionHandler(InvalidRequestException.class)
	Object invalid(InvalidRequestException e, HttpServletRequest request, Locale locale) {
		String message = e.errors().size() == 1 && KNOWN.containsKey(e.errors().get(0).field())
				? messages.getMessage(KNOWN.get(e.errors().get(0).field()), null, e.getMessage(), locale)
				: e.getMessage();
		return answer(request, HttpStatus.BAD_REQUEST, message);
	}

	@ExceptionHandler(ConflictException.class)
	Object conflict(ConflictException e, HttpServletRequest request) {
		return answer(request, HttpStatus.CONFLICT, e.getMessage());
	}

	private static Object answer(HttpServletRequest request, HttpStatus status, String message) {
		if (request.getHeader("HX-Request") != null) {
			return ResponseEntity.status(status)
				.contentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8))
				.body(message);
		}
		ModelAndView page = new ModelAndView("error", Map.of("status", status.value(), "message", message));
		page.setStatus(status);
		return page;
	}
}
