package org.liandong.workorder.internal;

import org.liandong.shared.InvalidRequestException;
import org.liandong.shared.web.JsonBody;
import org.springframework.stereotype.Component;

import jakarta.validation.Validator;
import tools.jackson.core.JacksonException;
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
		this.mapper = JsonBody.lenient(mapper);
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
		catch (JacksonException e) {
			throw JsonBody.unreadable(e);
		}
		catch (IllegalArgumentException e) { // a record's own check of its arguments
			throw new InvalidRequestException("body", e.getMessage());
		}
		validate(value);
		return value;
	}

	<T> void validate(T value) {
		JsonBody.validate(validator, value);
	}
}
