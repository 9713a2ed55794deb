package org.liandong.shared.web;

import java.util.Locale;
import java.util.Map;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the servlet container's error page answers: errors no handler turned into an answer itself (an unknown
 * path, a method the path does not take, an upload over the limit, an exception in a filter). In the form the caller
 * reads: RFC 9457 problem details under {@code /api/**} and for every caller that does not ask for HTML; the
 * GeoReport v2 error list (JSON, or XML for {@code .xml}) under {@code /open311/**}; a page in the caller's language
 * otherwise. Replaces Spring Boot's default error controller, whose JSON ({@code timestamp, status, error, path}) is
 * not a problem detail and whose page is English only.
 */
@Controller
class ErrorAnswers implements ErrorController {

	private final MessageSource messages;

	private final JsonMapper json;

	ErrorAnswers(MessageSource messages, JsonMapper json) {
		this.messages = messages;
		this.json = json;
	}

	@RequestMapping("${server.error.path:${error.path:/error}}")
	ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws java.io.IOException {
		HttpStatus status = statusOf(request);
		response.setStatus(status.value());
		if (status == HttpStatus.SERVICE_UNAVAILABLE) {
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(FailureStatus.RETRY_AFTER_SECONDS));
		}
		Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = (failed != null ? failed.toString() : request.getRequestURI())
			.substring(request.getContextPath().length());
		if (Refusals.isOpen311(path) || path.startsWith("/api/") || !acceptsHtml(request)) {
			Refusals.write(request, response, path, status, ProblemDetailsAdvice.typeOf(status),
					status.getReasonPhrase(), detailOf(status), json);
			return null; // written
		}
		Locale locale = RequestContextUtils.getLocale(request);
		boolean expired = status == HttpStatus.FORBIDDEN && ExpiredForms.marked(request);
		ModelAndView page = new ModelAndView("error", Map.of("status", status.value(), "message",
				messages.getMessage(expired ? "error.expired" : "error.status." + status.value(), null,
						messages.getMessage("error.status.other", null, "", locale), locale),
				"unsaved", expired || unsaved(request, status), "unsavedHint",
				expired ? "error.unsaved.expired" : unsavedHint(status)));
		page.setStatus(status);
		return page;
	}

	/**
	 * Whether the page answers a form sent that was not taken in and may be sent again: the database out of reach or
	 * too many requests (as it was), a file over the size allowed (with a smaller one), a value that cannot be read
	 * where the page's own checks did not answer (corrected), for a {@code POST}. The page then says so and offers to
	 * go back to the form, which the browser shows again as it was filled in.
	 */
	static boolean unsaved(HttpServletRequest request, HttpStatus status) {
		return "POST".equals(methodOf(request)) && (status == HttpStatus.SERVICE_UNAVAILABLE
				|| status == HttpStatus.TOO_MANY_REQUESTS || status == HttpStatus.CONTENT_TOO_LARGE
				|| status == HttpStatus.BAD_REQUEST);
	}

	/** What to do with the form: send it again (later), with a smaller file, or corrected. */
	private static String unsavedHint(HttpStatus status) {
		return switch (status) {
			case CONTENT_TOO_LARGE -> "error.unsaved.tooLarge";
			case BAD_REQUEST -> "error.unsaved.invalid";
			default -> "error.unsaved";
		};
	}

	/**
	 * The method the client sent: on the error page the failed request's, for the container dispatches to the error
	 * page as a {@code GET} (Servlet 6.1) and keeps the method in an attribute.
	 */
	static String methodOf(HttpServletRequest request) {
		return request.getAttribute(RequestDispatcher.ERROR_METHOD) instanceof String failed ? failed
				: request.getMethod();
	}

	/**
	 * The failed request's status; the error page asked for by itself is a page that is not there. An exception the
	 * client's bytes caused before any handler could refuse them (a multipart body that cannot be parsed, a
	 * parameter that is not UTF-8) is the client's error, not a 500; the database out of reach (in a page's handler,
	 * or in a filter: a bearer token's user looked up) is a 503 to retry.
	 */
	static HttpStatus statusOf(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code == null) {
			return HttpStatus.NOT_FOUND;
		}
		HttpStatus status = code instanceof Integer i ? HttpStatus.resolve(i) : null;
		if (status == HttpStatus.INTERNAL_SERVER_ERROR
				&& request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure) {
			HttpStatus clients = ClientErrors.statusOf(failure);
			if (clients != null) {
				return clients;
			}
			if (FailureStatus.unavailable(failure)) {
				return HttpStatus.SERVICE_UNAVAILABLE;
			}
		}
		return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
	}

	/** A fixed text per status: an exception's message may name classes, paths or values and is not shown. */
	static String detailOf(HttpStatus status) {
		return switch (status.value()) {
			case 404 -> "There is nothing at this address.";
			case 405 -> "This address does not take this HTTP method.";
			case 413 -> "The request is larger than allowed.";
			case 415 -> "This address does not take a body of this content type.";
			case 406 -> "This address cannot answer in the requested format.";
			case 400 -> "The request is malformed.";
			case 401 -> "Authentication is required.";
			case 403 -> "You may not do this.";
			case 503 -> FailureStatus.UNAVAILABLE;
			default -> status.is5xxServerError() ? "An unexpected error occurred; it has been logged."
					: status.getReasonPhrase() + ".";
		};
	}

	private static boolean acceptsHtml(HttpServletRequest request) {
		String accept = request.getHeader("Accept");
		return accept != null && accept.contains("text/html");
	}
}
