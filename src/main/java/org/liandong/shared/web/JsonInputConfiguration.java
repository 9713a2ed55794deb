package org.liandong.shared.web;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * JSON input rules for every API: a string with a NUL character is refused (400) — PostgreSQL cannot store it and
 * H2 would, so the same request must not succeed on one database and fail on the other. A yes-or-no field takes
 * {@code true} or {@code false} only: {@code "reached": 1} or {@code "reached": "true"} is a 400 naming the field, not
 * a revisit read as reached (Jackson would take any number but 0 as true; text fields are as strict,
 * {@link JsonTextFields}).
 */
@Configuration(proxyBeanMethods = false)
class JsonInputConfiguration {

	@Bean
	JsonMapperBuilderCustomizer booleanFieldsTakeBooleans() {
		return builder -> builder.withCoercionConfig(LogicalType.Boolean, config -> config
			.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
			.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
			.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
			.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail));
	}

	@Bean
	SimpleModule noNulCharactersModule() {
		return new SimpleModule("liandong-no-nul").addDeserializer(String.class, new NoNulStrings());
	}

	/** The standard string deserializer, refusing NUL. */
	static final class NoNulStrings extends StringDeserializer {

		@Override
		public String deserialize(JsonParser p, DeserializationContext ctxt) {
			String value = super.deserialize(p, ctxt);
			if (value != null && value.indexOf('\u0000') >= 0) {
				throw InvalidFormatException.from(p, "Text must not contain NUL characters", value, String.class);
			}
			return value;
		}
	}
}
