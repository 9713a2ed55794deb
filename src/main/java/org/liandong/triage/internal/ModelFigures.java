package org.liandong.triage.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A model's figures ({@code tr_model.metrics}, written by {@link DomainClassifier#train}) read for the triage page,
 * which shows them as a table rather than as JSON. Null where a figure is missing.
 */
record ModelFigures(Long examples, Long corpusExamples, Long terms, Double trainingSeconds,
		Map<String, Long> domains) {

	/** The figures, or null when the text is not the JSON object {@code train} writes. */
	static ModelFigures of(String metrics, JsonMapper json) {
		if (metrics == null || metrics.isBlank()) {
			return null;
		}
		try {
			JsonNode node = json.readTree(metrics);
			if (!node.isObject()) {
				return null;
			}
			Map<String, Long> domains = new LinkedHashMap<>();
			JsonNode d = node.path("domains");
			if (d.isObject()) {
				d.properties().forEach(e -> domains.put(e.getKey(), e.getValue().asLong()));
			}
			return new ModelFigures(number(node, "examples"), number(node, "corpusExamples"), number(node, "terms"),
					node.path("trainingSeconds").isNumber() ? node.path("trainingSeconds").asDouble() : null,
					domains);
		}
		catch (JacksonException e) {
			return null;
		}
	}

	private static Long number(JsonNode node, String field) {
		return node.path(field).isNumber() ? node.path(field).asLong() : null;
	}
}
