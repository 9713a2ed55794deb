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
		Map<String, Long> domains, Evaluation evaluation) {

	/** The cross-validation's figures on the corpus ({@code evaluation}); per domain its F1. */
	record Evaluation(Long folds, Long examples, Double accuracy, Double macroF1, Map<String, Double> f1) {
	}

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
					decimal(node, "trainingSeconds"), domains, evaluation(node.path("evaluation")));
		}
		catch (JacksonException e) {
			return null;
		}
	}

	private static Evaluation evaluation(JsonNode e) {
		if (!e.isObject()) {
			return null;
		}
		Map<String, Double> f1 = new LinkedHashMap<>();
		if (e.path("f1").isObject()) {
			e.path("f1").properties().forEach(d -> f1.put(d.getKey(), d.getValue().isNumber()
					? d.getValue().asDouble() : null));
		}
		return new Evaluation(number(e, "folds"), number(e, "examples"), decimal(e, "accuracy"), decimal(e, "macroF1"),
				f1);
	}

	private static Double decimal(JsonNode node, String field) {
		return node.path(field).isNumber() ? node.path(field).asDouble() : null;
	}

	private static Long number(JsonNode node, String field) {
		return node.path(field).isNumber() ? node.path(field).asLong() : null;
	}
}
