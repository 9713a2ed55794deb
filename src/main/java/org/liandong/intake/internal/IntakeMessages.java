package org.liandong.intake.internal;

import java.util.Locale;

import org.liandong.shared.web.ApiRequests;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The intake module's refusals in the caller's language ({@code portal.error.*}, {@code intake.error.*}): the page's
 * (the {@code lang} cookie, Chinese by default), said when the refusal is made; English on the API, as every other
 * message of it (outside check, 2026-11-28: the blocked callers' and grid reports' refusals answered in Chinese).
 * Outside a request (a job, a test calling a service) the platform's language, Chinese.
 */
@Component
class IntakeMessages {

	private final MessageSource messages;

	IntakeMessages(MessageSource messages) {
		this.messages = messages;
	}

	String say(String key, Object... args) {
		LocaleContext context = LocaleContextHolder.getLocaleContext();
		Locale locale = ApiRequests.isCurrent() ? Locale.ENGLISH
				: context == null || context.getLocale() == null ? Locale.SIMPLIFIED_CHINESE : context.getLocale();
		return messages.getMessage(key, args, locale);
	}
}
