package org.liandong.shared.web;

import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/**
 * What may be null in the OpenAPI document's answers. The API answers Java records, written by Jackson with their
 * nulls ({@code default-property-inclusion: always}), so a schema that a 2xx answer uses describes a record component
 * as possibly null unless it is a primitive or marked as never null: {@code @NotNull} (or {@code @NotBlank},
 * {@code @NotEmpty}, {@code @Schema(requiredMode = REQUIRED)}, or the record's {@code @Schema(requiredProperties)}),
 * which also lists it as required. Request bodies keep their {@code required} lists; a schema that is a body and an
 * answer too (an item) says that its optional fields may be null, which the API accepts as their absence.
 * <p>
 * In OpenAPI 3.1 (JSON Schema), a plain type that may be null is {@code "type": ["string", "null"]} (an enum lists
 * {@code null} too), and a reference that may be null is {@code "anyOf": [{"$ref": ...}, {"type": "null"}]}: a
 * {@code $ref} beside {@code "type": "null"}, as springdoc writes {@code @Schema(nullable = true)} on a record-typed
 * component, would allow null only, and is rewritten wherever it appears.
 */
@Component
class OpenApiNulls implements OpenApiCustomizer {

	private static final String COMPONENT = "#/components/schemas/";

	private final OpenApiSchemaTypes types;

	OpenApiNulls(OpenApiSchemaTypes types) {
		this.types = types;
	}

	@Override
	public void customise(OpenAPI api) {
		if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
			return;
		}
		boolean v31 = api.getOpenapi() == null || !api.getOpenapi().startsWith("3.0");
		Map<String, Schema> schemas = api.getComponents().getSchemas();
		for (String name : answered(api)) {
			Schema<?> schema = schemas.get(name);
			types.record(name).ifPresent(record -> {
				if (schema != null && schema.getProperties() != null) {
					nullable(record, schema, v31);
				}
			});
		}
		UnaryOperator<Schema<?>> references = s -> s.get$ref() != null && allowsNull(s) ? orNull(s, v31) : s;
		schemas.replaceAll((name, schema) -> visit(schema, references));
		if (api.getPaths() != null) {
			api.getPaths().values().forEach(item -> {
				parameters(item.getParameters(), references);
				item.readOperations().forEach(operation -> operation(operation, references));
			});
		}
	}

	/** Marks the record's components that may be null on its schema. */
	private static void nullable(Class<?> record, Schema<?> schema, boolean v31) {
		Set<String> required = new LinkedHashSet<>();
		io.swagger.v3.oas.annotations.media.Schema annotation = record
			.getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class);
		if (annotation != null) {
			required.addAll(Arrays.asList(annotation.requiredProperties()));
		}
		for (RecordComponent component : record.getRecordComponents()) {
			Field field;
			try {
				field = record.getDeclaredField(component.getName());
			}
			catch (NoSuchFieldException e) {
				throw new IllegalStateException(e);
			}
			JsonProperty renamed = field.getAnnotation(JsonProperty.class);
			String name = renamed != null && !renamed.value().isEmpty() ? renamed.value() : component.getName();
			Schema<?> property = schema.getProperties().get(name);
			if (property == null || component.getType().isPrimitive() || required.contains(name)
					|| neverNull(field)) {
				continue;
			}
			schema.getProperties().put(name, orNull(property, v31));
		}
	}

	private static boolean neverNull(Field field) {
		io.swagger.v3.oas.annotations.media.Schema schema = field
			.getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class);
		return field.isAnnotationPresent(NotNull.class) || field.isAnnotationPresent(NotBlank.class)
				|| field.isAnnotationPresent(NotEmpty.class) || (schema != null
						&& schema.requiredMode() == io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED);
	}

	/** The schema, or null: in 3.1 "null" among its types (and its enum), or anyOf it and null. */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	static Schema<?> orNull(Schema<?> schema, boolean v31) {
		if (!v31) {
			if (schema.get$ref() != null) {
				return new Schema<>().nullable(true).allOf(new ArrayList<>(List.of(new Schema<>().$ref(schema.get$ref()))))
					.description(schema.getDescription());
			}
			return schema.nullable(true);
		}
		schema.setNullable(null);
		if (schema.get$ref() != null) {
			return new Schema<>().anyOf(new ArrayList<>(List.of(new Schema<>().$ref(schema.get$ref()), nullType())))
				.description(schema.getDescription());
		}
		if (schema.getAnyOf() != null) {
			schema.setAnyOf(withNull(schema.getAnyOf()));
			return schema;
		}
		if (schema.getOneOf() != null) {
			schema.setOneOf(withNull(schema.getOneOf()));
			return schema;
		}
		Set<String> kinds = new LinkedHashSet<>();
		if (schema.getTypes() != null) {
			kinds.addAll(schema.getTypes());
		}
		else if (schema.getType() != null) {
			kinds.add(schema.getType());
		}
		if (kinds.isEmpty()) {
			// no type: anything, null too; but allOf [a reference] (a reference with a description) is not null
			return schema.getAllOf() == null ? schema
					: new Schema<>().anyOf(new ArrayList<>(List.of(schema, nullType())));
		}
		kinds.add("null");
		schema.setTypes(kinds);
		if (schema.getEnum() != null && !schema.getEnum().contains(null)) {
			List values = new ArrayList<>(schema.getEnum());
			values.add(null);
			schema.setEnum(values);
		}
		return schema;
	}

	@SuppressWarnings("rawtypes")
	private static List<Schema> withNull(List<Schema> choices) {
		List<Schema> all = new ArrayList<>(choices);
		if (all.stream().noneMatch(OpenApiNulls::isNullType)) {
			all.add(nullType());
		}
		return all;
	}

	private static Schema<?> nullType() {
		Schema<?> type = new Schema<>();
		type.addType("null");
		return type;
	}

	private static boolean isNullType(Schema<?> schema) {
		return schema.get$ref() == null && (Set.of("null").equals(schema.getTypes()) || "null".equals(schema.getType()));
	}

	private static boolean allowsNull(Schema<?> schema) {
		return Boolean.TRUE.equals(schema.getNullable()) || "null".equals(schema.getType())
				|| (schema.getTypes() != null && schema.getTypes().contains("null"));
	}

	/** The component schemas a 2xx answer uses, with those they use. */
	private static Set<String> answered(OpenAPI api) {
		Set<String> names = new LinkedHashSet<>();
		List<Schema<?>> pending = new ArrayList<>();
		if (api.getPaths() != null) {
			api.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
				if (operation.getResponses() != null) {
					operation.getResponses().forEach((code, response) -> {
						if (code.startsWith("2") && response.getContent() != null) {
							response.getContent().values().forEach(media -> {
								if (media.getSchema() != null) {
									pending.add(media.getSchema());
								}
							});
						}
					});
				}
			}));
		}
		while (!pending.isEmpty()) {
			Schema<?> schema = pending.remove(pending.size() - 1);
			visit(schema, s -> {
				if (s.get$ref() != null && s.get$ref().startsWith(COMPONENT)) {
					String name = s.get$ref().substring(COMPONENT.length());
					Schema<?> target = api.getComponents().getSchemas().get(name);
					if (names.add(name) && target != null) {
						pending.add(target);
					}
				}
				return s;
			});
		}
		return names;
	}

	private static void operation(Operation operation, UnaryOperator<Schema<?>> change) {
		parameters(operation.getParameters(), change);
		if (operation.getRequestBody() != null) {
			content(operation.getRequestBody().getContent(), change);
		}
		if (operation.getResponses() != null) {
			for (ApiResponse response : operation.getResponses().values()) {
				content(response.getContent(), change);
				if (response.getHeaders() != null) {
					response.getHeaders().values().forEach(header -> {
						if (header.getSchema() != null) {
							header.setSchema(visit(header.getSchema(), change));
						}
					});
				}
			}
		}
	}

	private static void parameters(List<Parameter> parameters, UnaryOperator<Schema<?>> change) {
		if (parameters != null) {
			parameters.forEach(parameter -> {
				if (parameter.getSchema() != null) {
					parameter.setSchema(visit(parameter.getSchema(), change));
				}
			});
		}
	}

	private static void content(Content content, UnaryOperator<Schema<?>> change) {
		if (content != null) {
			content.values().forEach(media -> {
				if (media.getSchema() != null) {
					media.setSchema(visit(media.getSchema(), change));
				}
			});
		}
	}

	/** The schema with each schema in it (itself last) replaced by what {@code change} makes of it. */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static Schema<?> visit(Schema<?> schema, UnaryOperator<Schema<?>> change) {
		if (schema.getProperties() != null) {
			schema.getProperties().replaceAll((name, property) -> visit(property, change));
		}
		if (schema.getPatternProperties() != null) {
			schema.getPatternProperties().replaceAll((name, property) -> visit(property, change));
		}
		if (schema.getItems() != null) {
			schema.setItems(visit(schema.getItems(), change));
		}
		if (schema.getAdditionalProperties() instanceof Schema<?> additional) {
			schema.setAdditionalProperties(visit(additional, change));
		}
		if (schema.getNot() != null) {
			schema.setNot(visit(schema.getNot(), change));
		}
		for (List<Schema> choices : Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf(),
				schema.getPrefixItems())) {
			if (choices != null) {
				choices.replaceAll(choice -> visit(choice, change));
			}
		}
		return change.apply(schema);
	}
}
