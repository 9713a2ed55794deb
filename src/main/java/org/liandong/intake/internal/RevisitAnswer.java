package org.liandong.intake.internal;

import java.util.ArrayList;
import java.util.List;

import org.liandong.workorder.Satisfaction;

/**
 * A citizen's revisit answer as the portal's forms post it, checked field by field: a missing or tampered value is
 * named by the message key the page says it with, never a bare 400 of the framework.
 *
 * @param errors message keys ({@code portal.revisit.error.*}) of the fields that are not right; empty when both are
 */
record RevisitAnswer(boolean resolved, Satisfaction satisfaction, List<String> errors) {

	static RevisitAnswer parse(String resolved, String satisfaction) {
		List<String> errors = new ArrayList<>();
		Boolean r = "true".equals(resolved) ? Boolean.TRUE : "false".equals(resolved) ? Boolean.FALSE : null;
		if (r == null) {
			errors.add("portal.revisit.error.resolved");
		}
		Satisfaction s = null;
		for (Satisfaction candidate : Satisfaction.values()) {
			if (candidate.name().equals(satisfaction)) {
				s = candidate;
			}
		}
		if (s == null) {
			errors.add("portal.revisit.error.satisfaction");
		}
		return new RevisitAnswer(Boolean.TRUE.equals(r), s, List.copyOf(errors));
	}
}
