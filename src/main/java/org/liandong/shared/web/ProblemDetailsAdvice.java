package org.liandong.shared.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.liandong.shared.ConflictException;
import org.liandong.shared.ForbiddenException;
import org.liandong.shared.InvalidRequestException;
import org.liandong.shared.NotFoundException;
import org.liandong.shared.StaleVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Every API error as an RFC 9457 problem detail: {@code type}, {@code title}, {@code status}, {@code detail} and,
 * for validation, {@code errors: [{field, message}]}. Nothing a client sent may end as a 500.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	static final String TYPE_BASE = "https://liandong.org/problems/";

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException e) {
		return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
	}

	@ExceptionHandler(ForbiddenException.class)
	ProblemDetail forbidden(ForbiddenException e) {
		return problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", e.getMessage());
	}

	@ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
	ProblemDetail accessDenied(org.springframework.security.access.AccessDeniedException e) {
		return problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "You may not do this.");
	}

	@ExceptionHandler(ConflictException.class)
	ProblemDetail conflict(ConflictException e) {
		return problem(HttpStatus.CONFLICT, "conflict", "Conflict", e.getMessage());
	}

	@ExceptionHandler({ OptimisticLockingFailureException.class, StaleVersionException.class })
	ProblemDetail stale(RuntimeException e) {
		return problem(HttpStatus.CONFLICT, "stale-version", "Conflict",
				"The resource was changed by someone else; reload it and try again.");
	}

	@ExceptionHandler(InvalidRequestException.class)
	ProblemDetail invalid(InvalidRequestException e) {
		ProblemDetail pd = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", e.getMessage());
		pd.setProperty("errors", e.errors().stream().map(f -> Map.of("field", f.field(), "message", f.message())).toList());
		return pd;
	}

	@ExceptionHandler(UnsupportedBodyException.class)
	ProblemDetail unsupportedBody(UnsupportedBodyException e) {
		ProblemDetail pd = problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, typeOf(HttpStatus.UNSUPPORTED_MEDIA_TYPE),
				"Unsupported media type", e.getMessage());
		pd.setProperty("errors", e.errors().stream().map(f -> Map.of("field", f.field(), "message", f.message())).toList());
		return pd;
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail illegalArgument(Exception e) {
		return problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", e.getMessage());
	}

	/** A query or path value of the wrong kind: the parameter by name, what it must be, no Java type. */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
		Class<?> type = e.getRequiredType();
		String must = type == null ? "is not a valid value"
				: type == java.time.LocalDate.class ? "must be a date (YYYY-MM-DD)" : "must be " + JsonBody.kind(type);
		String given = String.valueOf(e.getValue());
		String message = must + " (got '" + (given.length() > 100 ? given.substring(0, 100) + "…" : given) + "')";
		ProblemDetail pd = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
				e.getName() + " " + message);
		pd.setProperty("errors", List.of(Map.of("field", e.getName(), "message", message)));
		return pd;
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
			.map(f -> Map.of("field", f.getField(), "message", String.valueOf(f.getDefaultMessage())))
			.toList();
		ProblemDetail pd = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
				errors.isEmpty() ? "The request is invalid." : errors.size() + " field(s) are invalid.");
		pd.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(pd);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = ex.getParameterValidationResults().stream()
			.flatMap(r -> r.getResolvableErrors().stream().map(err -> Map.of("field", name(r),
					"message", String.valueOf(err.getDefaultMessage()))))
			.toList();
		ProblemDetail pd = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
				"The request is invalid.");
		pd.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(pd);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail pd = problem(HttpStatus.BAD_REQUEST, "unreadable-body", "Invalid request",
				"The request body could not be read: " + rootMessage(ex));
		return ResponseEntity.badRequest().body(pd);
	}

	/**
	 * A value the database cannot store (SQL state class 22: too long, a NUL character, out of range) came from the
	 * client, since validation let it through: 400, and the transaction has rolled back.
	 */
	@ExceptionHandler(org.springframework.dao.DataAccessException.class)
	ProblemDetail dataAccess(org.springframework.dao.DataAccessException e, HttpServletResponse response) {
		// whose fault it is, judged as for Open311's answers (FailureStatus); the words are the API's
		String state = FailureStatus.sqlState(e);
		HttpStatusCode status = FailureStatus.of(e);
		if (status.value() == HttpStatus.CONFLICT.value()) {
			// a concurrent request got there first (the same key twice at once, a lock it waited for): rolled back
			log.info("A request lost a race with a concurrent one (SQL state {}): {}", state, e.getClass().getSimpleName());
			return problem(HttpStatus.CONFLICT, "conflict", "Conflict",
					"A concurrent request changed the same data first; reload and retry.");
		}
		if (status.value() == HttpStatus.BAD_REQUEST.value() && state != null && state.startsWith("23")) {
			// a constraint that validation should have caught (a value out of range, a reference to nothing): the
			// message may quote the row's values, so only the state is logged
			log.warn("Refused a value that breaks a database constraint (SQL state {})", state);
			return problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
					"A value in the request is not allowed here.");
		}
		if (status.value() == HttpStatus.BAD_REQUEST.value()) {
			log.warn("Refused a value the database cannot store (SQL state {})", state);
			return problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
					"A value in the request cannot be stored (too long, or it contains characters such as NUL).");
		}
		return unexpected(e, response);
	}

	/** A multipart endpoint called without a multipart body (a missing part is a 400 of Spring's own). */
	@ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
	ProblemDetail notMultipart(org.springframework.web.multipart.MultipartException e) {
		if (e instanceof org.springframework.web.multipart.MaxUploadSizeExceededException) {
			return problem(HttpStatus.CONTENT_TOO_LARGE, typeOf(HttpStatus.CONTENT_TOO_LARGE), "Content too large",
					"The upload is larger than allowed.");
		}
		return problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
				"The request must be multipart/form-data with the file as a part named \"file\".");
	}

	/**
	 * Spring's own problem details (a 405, 406, 415, a missing parameter or part) carry {@code about:blank} as their
	 * type; every problem of this API has one of its own.
	 */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		ResponseEntity<Object> answer = super.handleExceptionInternal(ex, body, headers, statusCode, request);
		if (answer != null && answer.getBody() instanceof ProblemDetail pd
				&& (pd.getType() == null || "about:blank".equals(pd.getType().toString()))) {
			pd.setType(URI.create(TYPE_BASE + typeOf(answer.getStatusCode())));
		}
		return answer;
	}

	/** The problem type of a status that has no more specific one. */
	static String typeOf(HttpStatusCode status) {
		return switch (status.value()) {
			case 400 -> "invalid-request";
			case 401 -> "unauthenticated";
			case 403 -> "forbidden";
			case 404 -> "not-found";
			case 405 -> "method-not-allowed";
			case 406 -> "not-acceptable";
			case 409 -> "conflict";
			case 413 -> "too-large";
			case 415 -> "unsupported-media-type";
			case 429 -> "rate-limited";
			case 503 -> "unavailable";
			default -> status.is5xxServerError() ? "internal" : "http-" + status.value();
		};
	}

	/**
	 * A query or form parameter the container could not decode (bytes that are not UTF-8): the parameter by name,
	 * not its value.
	 */
	@ExceptionHandler(org.apache.tomcat.util.http.InvalidParameterException.class)
	ProblemDetail undecodable(org.apache.tomcat.util.http.InvalidParameterException e, HttpServletRequest request) {
		if (String.valueOf(request.getContentType()).startsWith("multipart/")) {
			ProblemDetail pd = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
					"The body could not be read as multipart/form-data.");
			pd.setProperty("errors", List.of(Map.of("field", "body", "message",
					"is not well-formed multipart/form-data")));
			return pd;
		}
		var named = java.util.regex.Pattern.compile("[Pp]arameter \\[([^\\]]{1,100})\\]").matcher(String.valueOf(e.getMessage()));
		String field = named.find() ? named.group(1) : "query";
		ProblemDetail pd = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
				"A parameter could not be read.");
		pd.setProperty("errors", List.of(Map.of("field", field, "message",
				"could not be decoded: send UTF-8, percent-encoded")));
		return pd;
	}

	@ExceptionHandler(RuntimeException.class)
	ProblemDetail unexpected(RuntimeException e, HttpServletResponse response) {
		HttpStatus clients = ClientErrors.statusOf(e);
		if (clients != null) {
			return problem(clients, typeOf(clients), clients.getReasonPhrase(), clients == HttpStatus.BAD_REQUEST
					? "The request is malformed." : "The request is larger than allowed.");
		}
		if (FailureStatus.unavailable(e)) {
			// the database out of reach (a pool with no connection to give, a server down or restarting): the
			// request was sound and a retry may succeed; a line per request, not a stack trace each
			log.warn("Answered 503: the database is out of reach ({})", FailureStatus.summary(e));
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(FailureStatus.RETRY_AFTER_SECONDS));
			return problem(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "Service unavailable",
					FailureStatus.UNAVAILABLE);
		}
		log.error("Unexpected error", e);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Internal error",
				"An unexpected error occurred; it has been logged.");
	}

	private static String name(ParameterValidationResult r) {
		String name = r.getMethodParameter().getParameterName();
		return name == null ? "parameter" : name;
	}

	private static String rootMessage(Throwable t) {
		Throwable root = t;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = root.getMessage();
		if (message == null) {
			return "malformed JSON";
		}
		int cut = message.indexOf("\n");
		return cut > 0 ? message.substring(0, cut) : message;
	}

	public static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
		ProblemDetail pd = ProblemDetail.forStatusAndDetail(status, detail);
		pd.setType(URI.create(TYPE_BASE + type));
		pd.setTitle(title);
		return pd;
	}
}
