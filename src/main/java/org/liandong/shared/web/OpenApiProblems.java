package org.liandong.shared.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

/**
 * The OpenAPI document's errors, as the API answers them (CONTRACT §1), and its operations' ids (from their method
 * and path, {@link #operationId}): every {@code /api} operation lists the RFC 9457 problem details it may answer
 * ({@code Problem}, {@code application/problem+json}): 400 where it takes a body or parameters, 401 (device events:
 * their signature), 403, 404 where its path names a resource, 409 and 422 where it changes something, 415 where it
 * takes a JSON body, 503 (the database out of reach, with {@code Retry-After}). A 4xx a controller documents keeps
 * its description, and one the defaults do not list is added (a GET's 409, a 404 for a parameter naming something
 * unknown); its content is the problem's. A generated client then reads every error, not only the 200.
 * <p>
 * Besides: the optional {@code Idempotency-Key} header on every operation that honours it (every POST, PUT and PATCH
 * under {@code /api/} but the token's, as {@link IdempotencyFilter} decides), with its 422; the {@code Location}
 * header of the 201 (or 202) of the creates that send one (their handlers marked {@link SendsLocation}); and the 415 of an operation whose
 * handler names the media types it consumes (a file's multipart upload), besides those that take JSON.
 */
@Component
class OpenApiProblems implements OpenApiCustomizer, OperationCustomizer {

	static final String PROBLEM = "Problem";

	private static final String REF = "#/components/schemas/" + PROBLEM;

	private static final String MEDIA = "application/problem+json";

	/** Open without login (CONTRACT §6): the events carry their own signature, 401 when it is not right. */
	private static final String DEVICE_EVENTS = "/api/v1/device-events";

	/** The operation's extension that carries a {@link SendsLocation} note from the handler to the document. */
	private static final String LOCATION_NOTE = "x-liandong-location";

	/** Asking for a token honours no Idempotency-Key ({@link IdempotencyFilter}: a token is not kept). */
	private static final String TOKEN = "/api/v1/auth/token";


	/**
	 * Per operation (while springdoc reads the handlers): a 415 where the handler names what it consumes (Spring
	 * refuses any other body with 415 before the handler runs), a multipart body where the handler takes a file
	 * part without naming it (springdoc would say JSON), and the note of a handler that sends a Location.
	 */
	@Override
	public Operation customize(Operation operation, HandlerMethod handler) {
		RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
		if (mapping != null && mapping.consumes().length > 0) {
			ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
			if (!responses.containsKey("415")) {
				responses.addApiResponse("415", new ApiResponse()
					.description("The body is not " + String.join(" or ", mapping.consumes())));
			}
			operation.setResponses(responses);
		}
		SendsLocation location = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), SendsLocation.class);
		if (location != null) {
			// kept on the operation until its responses are final (customise, below)
			operation.addExtension(LOCATION_NOTE, location.value());
		}
		boolean takesFile = java.util.Arrays.stream(handler.getMethodParameters())
			.anyMatch(parameter -> MultipartFile.class.isAssignableFrom(parameter.getParameterType()));
		Content body = operation.getRequestBody() == null ? null : operation.getRequestBody().getContent();
		if (takesFile && body != null && body.size() == 1 && body.containsKey("application/json")) {
			operation.getRequestBody()
				.setContent(new Content().addMediaType("multipart/form-data", body.get("application/json")));
		}
		return operation;
	}

	@Override
	public void customise(io.swagger.v3.oas.models.OpenAPI api) {
		api.getComponents().addSchemas(PROBLEM, problem());
		if (api.getPaths() == null) {
			return;
		}
		api.getPaths().forEach((path, item) -> {
			if (!path.startsWith("/api/")) {
				return;
			}
			item.readOperationsMap().forEach((method, operation) -> {
				operation.setOperationId(operationId(method, path));
				describe(path, method, operation);
				headers(path, method, operation);
			});
		});
	}

	private static void describe(String path, PathItem.HttpMethod method, Operation operation) {
		ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
		boolean changes = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
		boolean takesInput = operation.getRequestBody() != null
				|| (operation.getParameters() != null && !operation.getParameters().isEmpty());
		Map<String, String> errors = new LinkedHashMap<>();
		if (takesInput) {
			errors.put("400", "The request is malformed or invalid: errors[] names each field at fault");
		}
		if (path.equals(DEVICE_EVENTS)) {
			errors.put("401", "The signature is missing, stale or wrong (X-Source, X-Timestamp, X-Signature)");
			// no login, so no rights to lack: only the API's refusal of a browser's cross-site request
			errors.put("403", "A browser sent it for another site's page (Origin, Sec-Fetch-Site)");
		}
		else {
			errors.put("401", "Not authenticated (HTTP Basic or a bearer token)");
			errors.put("403", "The caller may not do this");
		}
		if (path.contains("{")) {
			errors.put("404", "No such resource, or the caller may not see it");
		}
		if (changes) {
			errors.put("409", "The state or the version forbids it, or a request with the same Idempotency-Key "
					+ "is still in progress");
		}
		if (honoursIdempotencyKey(path, method)) {
			errors.put("422", "An Idempotency-Key reused with another body");
		}
		if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null
				&& operation.getRequestBody().getContent().containsKey("application/json")) {
			errors.put("415", "The body is not declared JSON (Content-Type: application/json)");
		}
		errors.put("503", "The database is out of reach for now: retry after Retry-After seconds");
		responses.forEach((code, documented) -> {
			if (code.matches("4\\d\\d") && !errors.containsKey(code)) {
				errors.put(code, documented.getDescription() == null ? "" : documented.getDescription());
			}
		});
		errors.forEach((code, description) -> {
			ApiResponse documented = responses.get(code);
			responses.addApiResponse(code, new ApiResponse()
				.description(documented != null && documented.getDescription() != null
						&& !documented.getDescription().isBlank() ? documented.getDescription() : description)
				.content(new Content().addMediaType(MEDIA, new MediaType().schema(new Schema<>().$ref(REF)))));
		});
		operation.setResponses(responses);
	}

	/** As {@link IdempotencyFilter} decides: API writes but asking for a token. */
	static boolean honoursIdempotencyKey(String path, PathItem.HttpMethod method) {
		return (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT
				|| method == PathItem.HttpMethod.PATCH) && path.startsWith("/api/") && !path.equals(TOKEN);
	}

	/** The Idempotency-Key request header where it is honoured, and the Location of the creates that send one. */
	private static void headers(String path, PathItem.HttpMethod method, Operation operation) {
		if (honoursIdempotencyKey(path, method) && (operation.getParameters() == null || operation.getParameters()
			.stream()
			.noneMatch(p -> "header".equals(p.getIn()) && IdempotencyFilter.HEADER.equalsIgnoreCase(p.getName())))) {
			operation.addParametersItem(new Parameter().in("header").name(IdempotencyFilter.HEADER).required(false)
				.description("Any text of 1 to 200 characters, fresh for each request meant once (CONTRACT §1): a "
						+ "replay with the same body answers what the first answered (same status and body, with "
						+ "Idempotent-Replayed: true); another body with the same key answers 422, and 409 while "
						+ "the first is still in progress. Scoped to the caller.")
				.schema(new StringSchema().minLength(1).maxLength(200)));
		}
		Object location = operation.getExtensions() == null ? null : operation.getExtensions().remove(LOCATION_NOTE);
		if (operation.getExtensions() != null && operation.getExtensions().isEmpty()) {
			operation.setExtensions(null);
		}
		if (location != null && operation.getResponses() != null) {
			for (String code : List.of("201", "202")) {
				ApiResponse created = operation.getResponses().get(code);
				if (created != null) {
					created.addHeaderObject(HttpHeaders.LOCATION, new Header().description(location.toString())
						.schema(new StringSchema().format("uri-reference")));
				}
			}
		}
	}

	/**
	 * An operation's id from its method and path ({@code GET /api/v1/work-orders/{id}/timeline} →
	 * {@code getWorkOrdersByIdTimeline}): unique as the pair is, and stable, where the generated ones were numbered in
	 * the order the controllers were read ({@code list_1}, {@code list_2}…).
	 */
	static String operationId(PathItem.HttpMethod method, String path) {
		StringBuilder id = new StringBuilder(method.name().toLowerCase(java.util.Locale.ROOT));
		for (String segment : path.split("/")) {
			if (segment.isEmpty() || segment.equals("api") || segment.matches("v\\d+")) {
				continue;
			}
			boolean variable = segment.startsWith("{");
			if (variable) {
				id.append("By");
			}
			for (String word : segment.replaceAll("[{}]", "").split("[^A-Za-z0-9]+")) {
				if (!word.isEmpty()) {
					id.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
				}
			}
		}
		return id.toString();
	}

	/** RFC 9457, with the field errors of a 400 (CONTRACT §1). */
	private static Schema<?> problem() {
		Schema<?> fieldError = new ObjectSchema().addProperty("field", new StringSchema())
			.addProperty("message", new StringSchema())
			.required(List.of("field", "message"));
		return new ObjectSchema().description("An RFC 9457 problem detail")
			.addProperty("type", new StringSchema().format("uri"))
			.addProperty("title", new StringSchema())
			.addProperty("status", new IntegerSchema())
			.addProperty("detail", new StringSchema())
			.addProperty("instance", new StringSchema().format("uri-reference"))
			.addProperty("errors", new ArraySchema().items(fieldError))
			.required(List.of("type", "title", "status"));
	}
}
