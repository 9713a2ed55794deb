package org.liandong.shared.web;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.support.DefaultHandlerExceptionResolver;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What Spring MVC refuses in a request by itself (a parameter of the wrong type or missing, a body it cannot read, a
 * form that does not bind or validate) is logged without the request's values. Spring's
 * {@link DefaultHandlerExceptionResolver} answers these for pages (the API's advice answers its own) and logged each
 * with the exception's message, which quotes the value: a page parameter {@code ?page=王小明13912345678} wrote the
 * citizen's name and number into a warning (outside check, 2026-12; docs/security.md: logs never contain them). The
 * resolver is replaced by one that answers the same (a 400 page, through {@link ErrorAnswers}) and logs the kind of
 * refusal and the names the code gave (parameter, field), never a value, a path or a message.
 */
@Configuration(proxyBeanMethods = false)
class RequestErrorLog implements WebMvcConfigurer {

	@Override
	public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
		resolvers.replaceAll(resolver -> resolver.getClass() == DefaultHandlerExceptionResolver.class
				? new ValueFreeResolver() : resolver);
	}

	/** The line logged for a refusal: the exception's kind and the names involved, nothing the client sent. */
	static String describe(Exception ex) {
		String names = null;
		if (ex instanceof TypeMismatchException mismatch) {
			names = "parameter " + nameOf(mismatch.getPropertyName());
		}
		else if (ex instanceof MissingServletRequestParameterException missing) {
			names = "parameter " + nameOf(missing.getParameterName());
		}
		else if (ex instanceof MissingPathVariableException missing) {
			names = "path variable " + nameOf(missing.getVariableName());
		}
		else if (ex instanceof MissingServletRequestPartException missing) {
			names = "part " + nameOf(missing.getRequestPartName());
		}
		else if (ex instanceof BindingResult binding) {
			names = "fields " + binding.getFieldErrors()
				.stream()
				.map(error -> nameOf(error.getField()))
				.distinct()
				.collect(Collectors.joining(", ", "[", "]"));
		}
		else if (ex instanceof HandlerMethodValidationException validation) {
			names = "parameters " + validation.getParameterValidationResults()
				.stream()
				.map(result -> nameOf(result.getMethodParameter().getParameterName()))
				.distinct()
				.collect(Collectors.joining(", ", "[", "]"));
		}
		return "Refused a request Spring could not take: " + ex.getClass().getSimpleName()
				+ (names == null ? "" : " (" + names + ")") + "; its values are not logged";
	}

	/**
	 * A name the code gave; a binding path's keys and indices ({@code items[13912345678]}) come from the request and
	 * are left out, as is anything that is not a plain name.
	 */
	private static String nameOf(String name) {
		if (name == null) {
			return "?";
		}
		String plain = name.replaceAll("\\[[^]]*]", "[]");
		return plain.matches("[A-Za-z0-9_.\\[\\]$-]{1,100}") ? "'" + plain + "'" : "?";
	}

	private static final class ValueFreeResolver extends DefaultHandlerExceptionResolver {

		@Override
		protected String buildLogMessage(Exception ex, HttpServletRequest request) {
			return describe(ex);
		}

		/** Spring logs "No endpoint GET /path" here, and a path may carry a value; nothing is logged. */
		@Override
		protected ModelAndView handleNoHandlerFoundException(NoHandlerFoundException ex, HttpServletRequest request,
				HttpServletResponse response, Object handler) {
			return null;
		}
	}
}
