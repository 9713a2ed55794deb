package org.liandong.directory;

import java.util.List;
import java.util.Map;

import org.liandong.shared.TimeLimit;

/**
 * A responsibility item (责任清单事项): what kind of problem, who handles it and within which limits (CONTRACT §3).
 *
 * @param path the 大类/中类/小类 path, top level first
 * @param nature one of CONSULT, HELP, COMPLAINT, REPORT, SUGGESTION, PRAISE
 * @param urgency default urgency: NORMAL, URGENT, CRITICAL or COMPLEX
 */
public record Item(String code, String name, List<String> path, String nature, String urgency, String description,
		List<String> keywords, boolean publicService, UnitRule unitRule, Limits limits, boolean verificationRequired,
		String closingCriteria, boolean enabled) {

	/** Which unit leads: the street office of the place, a named department, or a utility; plus co-units. */
	public record UnitRule(UnitRuleType type, String unitCode, List<String> coUnitCodes) {
	}

	/** How an item's lead unit is chosen. */
	public enum UnitRuleType {
		/** The street/town office of the order's place (属地). */
		LOCAL_STREET,
		/** A named department. */
		DEPARTMENT,
		/** A named public utility. */
		UTILITY
	}

	/** Sign, response and handling limits; {@code handle} is keyed by urgency name. */
	public record Limits(TimeLimit sign, TimeLimit response, Map<String, TimeLimit> handle) {
	}

	/** The top-level category (大类), e.g. 城乡建设. */
	public String domain() {
		return path.isEmpty() ? null : path.get(0);
	}
}
