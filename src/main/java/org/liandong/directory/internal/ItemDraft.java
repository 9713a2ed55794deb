package org.liandong.directory.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A responsibility item as written by its author (API body, CSV or Excel row, database row): text not yet checked.
 * Limits keep their text ({@code P5D}, not {@code PT120H}) so that export and import round-trip exactly.
 */
record ItemDraft(String code, String name, List<String> path, String nature, String urgency, String description,
		List<String> keywords, Boolean publicService, String unitRuleType, String unitCode, List<String> coUnitCodes,
		LimitDraft sign, LimitDraft response, Map<String, LimitDraft> handle, Boolean verificationRequired,
		String closingCriteria, Boolean enabled) {

	static final List<String> URGENCIES = List.of("NORMAL", "URGENT", "CRITICAL", "COMPLEX");

	ItemDraft {
		unitCode = unitCode == null || unitCode.isBlank() ? null : unitCode.strip();
		path = nonNull(path);
		keywords = nonNull(keywords);
		coUnitCodes = nonNull(coUnitCodes);
		handle = handle == null ? Map.of()
				: handle.entrySet().stream().filter(e -> e.getKey() != null && e.getValue() != null)
					.collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private static List<String> nonNull(List<String> list) {
		return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
	}

	/** A limit as text: an ISO-8601 duration and a mode name. */
	record LimitDraft(String duration, String mode) {

		/** Parses {@code "PT2H WORKING_HOURS"}; null for blank text. */
		static LimitDraft parse(String text) {
			if (text == null || text.isBlank()) {
				return null;
			}
			String[] parts = text.strip().split("\\s+", 2);
			return new LimitDraft(parts[0], parts.length > 1 ? parts[1].strip() : null);
		}

		String text() {
			return duration + " " + mode;
		}
	}

	ItemDraft withCode(String newCode) {
		return new ItemDraft(newCode, name, path, nature, urgency, description, keywords, publicService, unitRuleType,
				unitCode, coUnitCodes, sign, response, handle, verificationRequired, closingCriteria, enabled);
	}

	/** The same draft with defaults filled in for the optional fields. */
	ItemDraft normalized() {
		return new ItemDraft(strip(code), strip(name), path.stream().map(String::strip).toList(), strip(nature),
				strip(urgency), description == null ? "" : description.strip(),
				keywords.stream().map(String::strip).filter(k -> !k.isEmpty()).toList(),
				publicService != null && publicService, strip(unitRuleType), strip(unitCode),
				coUnitCodes.stream().map(String::strip).filter(c -> !c.isEmpty()).toList(), sign, response, handle,
				verificationRequired != null && verificationRequired,
				closingCriteria == null ? "" : closingCriteria.strip(), enabled == null || enabled);
	}

	private static String strip(String s) {
		return s == null ? null : s.strip();
	}
}
