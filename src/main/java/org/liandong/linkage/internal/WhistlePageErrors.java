package org.liandong.linkage.internal;

import java.util.List;
import java.util.Locale;

import org.liandong.shared.ConflictException;
import org.liandong.shared.ForbiddenException;
import org.liandong.shared.InvalidRequestException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A refused whistle form, shown on the next page in the user's language: what kind of refusal (invalid, not
 * allowed, not in this state, not found), then each invalid field by its label and what is wrong with it.
 */
@Component
class WhistlePageErrors {

	private final MessageSource messages;

	WhistlePageErrors(MessageSource messages) {
		this.messages = messages;
	}

	void flash(RedirectAttributes redirect, RuntimeException e) {
		Locale locale = LocaleContextHolder.getLocale();
		String kind = e instanceof InvalidRequestException ? "lk.error.invalid"
				: e instanceof ForbiddenException ? "lk.error.forbidden"
				: e instanceof ConflictException ? "lk.error.conflict" : "lk.error.notFound";
		List<String> details = e instanceof InvalidRequestException invalid && !invalid.errors().isEmpty()
				? invalid.errors().stream().map(f -> field(f, locale)).toList() : List.of(e.getMessage());
		redirect.addFlashAttribute("error", messages.getMessage(kind, null, locale));
		redirect.addFlashAttribute("errorDetails", details);
	}

	/** A message of this module in the user's language. */
	String text(String key) {
		return messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

	private String field(InvalidRequestException.FieldError error, Locale locale) {
		String field = error.field() == null ? "body" : error.field().replaceAll("\\[\\d+]$", "");
		String label = messages.getMessage("lk.field." + field, null, field, locale);
		return messages.getMessage("lk.error.field", new Object[] { label, error.message() }, locale);
	}
}
