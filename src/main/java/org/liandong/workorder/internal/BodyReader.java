package org.liandong.workorder.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.liandong.shared.InvalidRequestException;
import org.springframework.stereotype.Component;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Reads and validates an action body only after visibility and rights were checked, so that errors follow the
 * contract's precedence (404, 403, then 400).
 */
@Component
class BodyReader {

	private final JsonMapper mapper;
	private final Validator validator;

	BodyReader(JsonMapper mapper, Validator validator) {
		this.mapper = mapper.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
		this.validator = validator;
	}

	<T> T read(JsonNode body, Class<T> type) {
		JsonNode node = body == null || body.isNull() || body.isMissingNode() ? JsonNodeFactory.instance.objectNode()
				: body;
		if (!node.isObject()) {
			throw new InvalidRequestException("body", "The body must be a JSON object.");
		}
		T value;
		try {
			value = mapper.treeToValue(node, type);
		}
		catch (RuntimeException e) {
			throw new InvalidRequestException("body", "The body could not be read: " + firstLine(e.getMessage()));
		}
		validate(value);
		return value;
	}

	<T> void validate(T value) {
		Set<ConstraintViolation<T>> violations = validator.validate(value);
		if (!violations.isEmpty()) {
			List<InvalidRequestException.FieldError> errors = new ArrayList<>();
			violations.stream()
				.sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
				.forEach(v -> errors.add(new InvalidRequestException.FieldError(v.getPropertyPath().toString(),
						v.getMessage())));
			throw new InvalidRequestException(errors.size() + " field(s) are invalid.", errors);
		}
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "malformed value";
		}
		int cut = message.indexOf('\n');
		return cut > 0 ? message.substring(0, cut) : message;
	}
}
