package org.liandong.shared.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * JSON input rules for every API: a string with a NUL character is refused (400) — PostgreSQL cannot store it and
 * H2 would, so the same request must not succeed on one database and fail on the other.
 */
@Configuration(proxyBeanMethods = false)
class JsonInputConfiguration {

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
