package org.liandong.shared.web;

import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;

/**
 * Which Java type each named schema of the OpenAPI document was made from, as springdoc resolves them: what the
 * document's customisers need to know about a schema that the schema does not say ({@link OpenApiNulls}: which of a
 * record's components may be null), and a check that no two types share a schema name. springdoc names a schema by
 * the type's simple name, so two records called {@code Revisit} (a request body and a part of a view) became one
 * schema, and one of them was described by the other's properties; such a type is given a name of its own with
 * {@code @Schema(name = ...)}, and {@link #collisions()} lists any left.
 */
@Component
class OpenApiSchemaTypes implements ModelConverter {

	private final Map<String, Set<Class<?>>> types = new ConcurrentHashMap<>();

	@Override
	public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
		Schema<?> schema = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
		String name = schema == null ? null : schema.getName() != null ? schema.getName() : referenced(schema);
		if (name != null && type.getType() != null && context.getDefinedModels().containsKey(name)) {
			Class<?> raw = Json.mapper().constructType(type.getType()).getRawClass();
			if (!raw.isPrimitive() && !raw.getName().startsWith("java.")) {
				types.computeIfAbsent(name, n -> ConcurrentHashMap.newKeySet()).add(raw);
			}
		}
		return schema;
	}

	/** The schema a type resolved as a reference names (a type met again, or within another). */
	private static String referenced(Schema<?> schema) {
		String ref = schema.get$ref();
		return ref != null && ref.startsWith(COMPONENT) ? ref.substring(COMPONENT.length()) : null;
	}

	private static final String COMPONENT = "#/components/schemas/";

	/** The record a named schema was made from, if it was made from one only. */
	Optional<Class<?>> record(String schema) {
		Set<Class<?>> classes = types.get(schema);
		return classes == null || classes.size() != 1 ? Optional.empty()
				: classes.stream().filter(Class::isRecord).findFirst();
	}

	/** The schema names that two or more types were given (each overwrote the other in the document). */
	Map<String, Set<Class<?>>> collisions() {
		Map<String, Set<Class<?>>> collisions = new TreeMap<>();
		types.forEach((name, classes) -> {
			if (classes.size() > 1) {
				collisions.put(name, Set.copyOf(classes));
			}
		});
		return collisions;
	}
}
