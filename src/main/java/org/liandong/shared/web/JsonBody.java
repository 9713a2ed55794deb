package org.liandong.shared.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.liandong.shared.InvalidRequestException;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * A JSON request body read only when the handler asks for it, after it has checked that the caller may see the
 * resource and may do this: so that errors follow the contract's precedence (404, then 403, then 400) even for a
 * malformed body. Take it as a handler parameter ({@link JsonBodyArgumentResolver} captures the bytes unread) and
 * call {@link #read} once the checks have passed. A malformed or invalid body answers 400 with
 * {@code errors: [{field, message}]} (the field is the JSON path of the value that could not be read, e.g.
 * {@code limits.handle.NORMAL.duration}), never a Java type name.
 */
public final class JsonBody {

	private final byte[] bytes;

	private final JsonMapper mapper;

	private final Validator validator;

	/**
	 * What the body came as when that is not JSON (a form, read into request parameters; {@code text/plain}; no
	 * type at all), or null.
	 */
	private final String notJson;

	JsonBody(byte[] bytes, JsonMapper mapper, Validator validator) {
		this(bytes, mapper, validator, null);
	}

	JsonBody(byte[] bytes, JsonMapper mapper, Validator validator, String notJson) {
		this.bytes = bytes;
		this.mapper = mapper;
		this.validator = validator;
		this.notJson = notJson;
	}

	/**
	 * A body sent as something other than JSON answers 415, whatever it holds: a browser posts a form or
	 * {@code text/plain} for any site's page without asking, so a body is taken only as declared JSON. A form is
	 * refused even when empty (its fields were read as parameters), any other type when it has a body.
	 */
	private void requireJson() {
		if (notJson != null && (notJson.equals(FORM) || !isEmpty())) {
			throw new UnsupportedBodyException(notJson);
		}
	}

	static final String FORM = "a form";

	/** What a request's body came as when it is not declared JSON, for {@link #requireJson}; null for JSON. */
	static String notJson(HttpServletRequest request) {
		if (RequestBodies.isFormOrMultipart(request)) {
			return FORM;
		}
		if (RequestBodies.isJson(request)) {
			return null;
		}
		String type = request.getContentType();
		if (type == null || type.isBlank()) {
			return "no Content-Type";
		}
		int end = type.indexOf(';');
		String media = (end < 0 ? type : type.substring(0, end)).strip();
		return media.length() > 100 || !media.matches("[\\w.+-]+/[\\w.+-]+") ? "another type" : media;
	}

	/** Whether the request had no body at all (or only white space). */
	public boolean isEmpty() {
		for (byte b : bytes) {
			if (!Character.isWhitespace(b)) {
				return false;
			}
		}
		return true;
	}

	/** The body as a JSON object; an empty body is an empty object. */
	public JsonNode tree() {
		requireJson();
		if (isEmpty()) {
			return JsonNodeFactory.instance.objectNode();
		}
		JsonNode node;
		try {
			node = mapper.readTree(bytes);
		}
		catch (JacksonException e) {
			throw new InvalidRequestException("body", "The body is not valid JSON: " + firstLine(e.getOriginalMessage()));
		}
		if (node == null || !node.isObject()) {
			throw new InvalidRequestException("body", "The body must be a JSON object.");
		}
		return node;
	}

	/** The body as a {@code type}, bean-validated; an empty body reads as an empty object. */
	public <T> T read(Class<T> type) {
		return validate(parse(type));
	}

	/**
	 * The body as a {@code type}, not validated (for a handler whose service validates what every channel gives it);
	 * an empty body reads as an empty object.
	 */
	public <T> T parse(Class<T> type) {
		requireJson();
		T value;
		try {
			value = isEmpty() ? mapper.readValue("{}", type) : mapper.readValue(bytes, type);
		}
		catch (JacksonException e) {
			throw unreadable(e);
		}
		catch (IllegalArgumentException e) { // a record's own check of its arguments
			throw new InvalidRequestException("body", firstLine(e.getMessage()));
		}
		if (value == null) { // the body was the JSON literal null
			throw new InvalidRequestException("body", "The body must be a JSON object.");
		}
		return value;
	}

	/** Bean-validates a value read from the body: 400 with every invalid field, sorted by field. */
	public <T> T validate(T value) {
		return validate(validator, value);
	}

	/**
	 * The 400 for a body (or a part of one, such as a JSON tree converted to a type) that could not be read: the JSON
	 * path of the value at fault and what it must be, or "body" when the JSON itself is malformed.
	 */
	public static InvalidRequestException unreadable(JacksonException e) {
		String field = path(e);
		String message = "body".equals(field) && !(e instanceof tools.jackson.databind.exc.MismatchedInputException)
				? "The body is not valid JSON: " + firstLine(e.getOriginalMessage()) : readable(e);
		return new InvalidRequestException("The body could not be read.",
				List.of(new InvalidRequestException.FieldError(field, message)));
	}

	/**
	 * The field a violation names, as the body writes it: {@code summonedUnitCodes[0]}, not the validator's
	 * {@code summonedUnitCodes[0].<list element>}.
	 */
	public static String field(ConstraintViolation<?> violation) {
		return CONTAINER_NODE.matcher(violation.getPropertyPath().toString()).replaceAll("");
	}

	private static final java.util.regex.Pattern CONTAINER_NODE = java.util.regex.Pattern.compile("\\.?<[^>]*>");

	/** Bean-validates a value read from a request: 400 with every invalid field, sorted by field. */
	public static <T> T validate(Validator validator, T value) {
		Set<ConstraintViolation<T>> violations = violations(validator, value);
		if (!violations.isEmpty()) {
			List<InvalidRequestException.FieldError> errors = new ArrayList<>();
			violations.stream()
				.sorted(Comparator.comparing(JsonBody::field))
				.forEach(v -> errors.add(new InvalidRequestException.FieldError(field(v),
						v.getMessage())));
			throw new InvalidRequestException(errors.size() + " field(s) are invalid.", errors);
		}
		return value;
	}

	/**
	 * A value's bean-validation violations, their messages in the request's language: English under {@code /api/}
	 * and {@code /open311/}, as every other message of those interfaces is (their field names are English too),
	 * whatever the caller's locale; a page's form keeps the visitor's language.
	 */
	public static <T> Set<ConstraintViolation<T>> violations(Validator validator, T value) {
		if (!ApiRequests.isCurrent()) {
			return validator.validate(value);
		}
		LocaleContext visitor = LocaleContextHolder.getLocaleContext();
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		try {
			return validator.validate(value);
		}
		finally {
			LocaleContextHolder.setLocaleContext(visitor);
		}
	}

	/** The JSON path of the value that could not be read ({@code a.b[2].c}), or "body". */
	static String path(JacksonException e) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference ref : e.getPath()) {
			if (ref.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(ref.getPropertyName());
			}
			else if (ref.getIndex() >= 0) {
				path.append('[').append(ref.getIndex()).append(']');
			}
		}
		return path.isEmpty() ? "body" : path.toString();
	}

	/** What was wrong with the value, in words a client can act on (no Java type names). */
	static String readable(JacksonException e) {
		if (e instanceof tools.jackson.databind.exc.InvalidFormatException f && f.getTargetType() != null) {
			Class<?> target = f.getTargetType();
			if (target.isEnum()) {
				return "must be one of " + java.util.Arrays.toString(target.getEnumConstants());
			}
			return "must be " + kind(target) + " (got " + f.getValue() + ")";
		}
		if (e instanceof tools.jackson.databind.exc.MismatchedInputException m && m.getTargetType() != null) {
			return "must be " + kind(m.getTargetType());
		}
		return firstLine(e.getOriginalMessage());
	}

	/** What a value of this type must be, in words (no Java type name): "a whole number", "one of [A, B]"… */
	static String kind(Class<?> type) {
		if (type == Boolean.class || type == boolean.class) {
			return "true or false";
		}
		if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
			return "a whole number";
		}
		if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
			return "a number";
		}
		if (type == String.class) {
			return "a string";
		}
		if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
			return "a list";
		}
		if (type.isEnum()) {
			return "one of " + java.util.Arrays.toString(type.getEnumConstants());
		}
		if (java.time.temporal.Temporal.class.isAssignableFrom(type) || type == java.time.Duration.class) {
			return "an ISO-8601 " + type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
		}
		return "an object";
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "malformed value";
		}
		int cut = message.indexOf('\n');
		return cut > 0 ? message.substring(0, cut) : message;
	}

	/** A mapper that ignores unknown properties, as the API's bodies do. */
	public static JsonMapper lenient(JsonMapper mapper) {
		return mapper.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
	}
}
