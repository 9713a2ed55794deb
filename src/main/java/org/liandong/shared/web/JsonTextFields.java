package org.liandong.shared.web;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;

/**
 * A text field takes text: {@code "content": 12345} or {@code "citizenName": false} is a 400 naming the field, not
 * an order whose citizen is called "false" (the API is as strict the other way: {@code "score": "5"} is refused).
 */
@Configuration(proxyBeanMethods = false)
class JsonTextFields {

	@Bean
	JsonMapperBuilderCustomizer textFieldsTakeText() {
		return builder -> builder.withCoercionConfig(LogicalType.Textual, config -> config
			.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
			.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
			.setCoercion(CoercionInputShape.Float, CoercionAction.Fail));
	}
}
