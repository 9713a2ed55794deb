package org.liandong.shared.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.liandong.shared.InvalidRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * A refusal written straight to the response, where no handler answers (a filter, the error page), in the form the
 * caller reads: under {@code /open311/**} the GeoReport v2 error list ({@code [{"code", "description"}]}, or
 * {@code errors → error} in {@code text/xml} for a {@code .xml} path), elsewhere an RFC 9457 problem detail.
 */
final class Refusals {

	private Refusals() {
	}

	/** Whether the path (without the context path) is an Open311 one, whose clients read the spec's error list. */
	static boolean isOpen311(String path) {
		return path.startsWith("/open311/");
	}

	/**
	 * Writes the refusal of the request for {@code path} (the failed request's, without the context path).
	 * {@code detail} is a fixed text of the caller: it is escaped, never read from the request.
	 */
	static void write(HttpServletRequest request, HttpServletResponse response, String path, HttpStatus status,
			String type, String title, String detail, JsonMapper json) throws IOException {
		write(request, response, path, status, type, title, detail, List.of(), json);
	}

	/** A refusal naming the request's fields at fault ({@code errors} of a problem detail; the detail on Open311). */
	static void write(HttpServletRequest request, HttpServletResponse response, String path, HttpStatus status,
			String type, String title, String detail, List<InvalidRequestException.FieldError> errors,
			JsonMapper json) throws IOException {
		response.setStatus(status.value());
		if (isOpen311(path)) {
			boolean xml = path.endsWith(".xml");
			response.setContentType(xml ? "text/xml; charset=utf-8" : "application/json; charset=utf-8");
			response.getWriter().write(xml
					? "<?xml version=\"1.0\" encoding=\"utf-8\"?><errors><error><code>" + status.value()
							+ "</code><description>" + detail.replace("&", "&amp;").replace("<", "&lt;")
								.replace(">", "&gt;") + "</description></error></errors>"
					: json.writeValueAsString(List.of(new Open311Error(status.value(), detail))));
			return;
		}
		ProblemDetail problem = ProblemDetailsAdvice.problem(status, type, title, detail);
		problem.setInstance(URI.create(request.getContextPath() + path.replaceAll("[^\\x21-\\x7e]", "_")));
		if (!errors.isEmpty()) {
			problem.setProperty("errors", errors.stream()
				.map(f -> Map.of("field", f.field(), "message", f.message()))
				.toList());
		}
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write(json.writeValueAsString(problem));
	}

	/** One entry of the GeoReport v2 error list. */
	private record Open311Error(int code, String description) {
	}
}
