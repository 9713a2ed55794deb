package org.liandong.directory.internal;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.liandong.directory.Item;
import org.liandong.directory.internal.ItemDraft.LimitDraft;
import org.liandong.shared.InvalidRequestException.FieldError;
import org.liandong.shared.LimitMode;
import org.liandong.shared.TimeLimit;

/**
 * Checks a {@link ItemDraft} and turns it into an {@link Item}. Field names in errors are the JSON paths of the API
 * body ({@code unitRule.unitCode}, {@code limits.handle.NORMAL.duration}); the CSV import maps them to columns.
 */
final class ItemValidator {

	static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,39}");

	private static final Set<String> NATURES = Set.of("CONSULT", "HELP", "COMPLAINT", "REPORT", "SUGGESTION", "PRAISE");

	private final Predicate<String> unitExists;

	ItemValidator(Predicate<String> unitExists) {
		this.unitExists = unitExists;
	}

	/** Every problem of the (normalized) draft; empty when it is a valid item. */
	List<FieldError> validate(ItemDraft d) {
		List<FieldError> errors = new ArrayList<>();
		if (blank(d.code())) {
			errors.add(new FieldError("code", "must not be blank"));
		}
		else if (!CODE.matcher(d.code()).matches()) {
			errors.add(new FieldError("code", "must be 1 to 40 upper-case letters, digits, '-' or '_'"));
		}
		text(errors, "name", d.name(), 200, true);
		if (d.path().isEmpty() || d.path().size() > 3 || d.path().stream().anyMatch(ItemValidator::blank)) {
			errors.add(new FieldError("path", "must have 1 to 3 non-blank levels (大类, 中类, 小类)"));
		}
		else if (String.join("|", d.path()).length() > 400 || d.path().stream().anyMatch(p -> p.contains("|"))) {
			errors.add(new FieldError("path", "is too long or contains '|'"));
		}
		oneOf(errors, "nature", d.nature(), NATURES);
		oneOf(errors, "urgency", d.urgency(), Set.copyOf(ItemDraft.URGENCIES));
		text(errors, "description", d.description(), 4000, false);
		text(errors, "closingCriteria", d.closingCriteria(), 4000, false);
		if (String.join("|", d.keywords()).length() > 2000 || d.keywords().stream().anyMatch(k -> k.contains("|"))) {
			errors.add(new FieldError("keywords", "are too long or contain '|'"));
		}
		unitRule(errors, d);
		limit(errors, "limits.sign", d.sign(), true);
		limit(errors, "limits.response", d.response(), true);
		for (String key : d.handle().keySet()) {
			if (!ItemDraft.URGENCIES.contains(key)) {
				errors.add(new FieldError("limits.handle." + key, "is not an urgency (NORMAL, URGENT, CRITICAL, COMPLEX)"));
			}
		}
		for (String urgency : ItemDraft.URGENCIES) {
			limit(errors, "limits.handle." + urgency, d.handle().get(urgency), urgency.equals("NORMAL"));
		}
		return errors;
	}

	private void unitRule(List<FieldError> errors, ItemDraft d) {
		if (blank(d.unitRuleType())) {
			errors.add(new FieldError("unitRule.type", "must not be blank"));
		}
		else if (!Set.of("LOCAL_STREET", "DEPARTMENT", "UTILITY").contains(d.unitRuleType())) {
			errors.add(new FieldError("unitRule.type", "must be LOCAL_STREET, DEPARTMENT or UTILITY"));
		}
		if (blank(d.unitCode())) {
			// a LOCAL_STREET rule needs no unit: the street office of the order's place leads
			if (!"LOCAL_STREET".equals(d.unitRuleType())) {
				errors.add(new FieldError("unitRule.unitCode", "must name a unit"));
			}
		}
		else if (!unitExists.test(d.unitCode())) {
			errors.add(new FieldError("unitRule.unitCode", "unknown unit: " + d.unitCode()));
		}
		Set<String> seen = new HashSet<>();
		for (String co : d.coUnitCodes()) {
			if (!unitExists.test(co)) {
				errors.add(new FieldError("unitRule.coUnitCodes", "unknown unit: " + co));
			}
			else if (co.equals(d.unitCode()) || !seen.add(co)) {
				errors.add(new FieldError("unitRule.coUnitCodes", "repeats a unit: " + co));
			}
		}
	}

	private static void limit(List<FieldError> errors, String field, LimitDraft limit, boolean required) {
		if (limit == null || (blank(limit.duration()) && blank(limit.mode()))) {
			if (required) {
				errors.add(new FieldError(field, "is required"));
			}
			return;
		}
		Duration duration = null;
		try {
			duration = Duration.parse(limit.duration());
			if (duration.isNegative() || duration.isZero()) {
				errors.add(new FieldError(field + ".duration", "must be positive"));
				duration = null;
			}
			else if (duration.getNano() != 0) {
				// (the deadline engine polls every few seconds: a fraction of a second could never be kept)
				errors.add(new FieldError(field + ".duration", "must be whole seconds (e.g. PT30S, PT1M)"));
				duration = null;
			}
		}
		catch (DateTimeParseException | NullPointerException e) {
			errors.add(new FieldError(field + ".duration",
					"is not an ISO-8601 duration such as PT2H or P5D: " + limit.duration()));
		}
		LimitMode mode = mode(limit.mode());
		if (mode == null) {
			errors.add(new FieldError(field + ".mode", "must be NATURAL, WORKING_HOURS or WORKING_DAYS"));
		}
		else if (duration == null) {
			return;
		}
		else if (mode == LimitMode.WORKING_DAYS && duration.toHours() % 24 != 0) {
			errors.add(new FieldError(field + ".duration", "must be whole days (e.g. P5D) for WORKING_DAYS"));
		}
		else if (new TimeLimit(duration, mode).exceedsMaximum()) {
			// longer limits could not be scheduled: the deadline engine refuses them (LimitMode#maximum)
			errors.add(new FieldError(field + ".duration", "must be at most " + mode.maximumText() + " for " + mode));
		}
	}

	/** The item of a draft that {@link #validate} accepted. */
	static Item toItem(ItemDraft d) {
		Map<String, TimeLimit> handle = new LinkedHashMap<>();
		for (String urgency : ItemDraft.URGENCIES) {
			LimitDraft l = d.handle().get(urgency);
			if (l != null) {
				handle.put(urgency, timeLimit(l));
			}
		}
		return new Item(d.code(), d.name(), d.path(), d.nature(), d.urgency(), d.description(), d.keywords(),
				Boolean.TRUE.equals(d.publicService()),
				new Item.UnitRule(Item.UnitRuleType.valueOf(d.unitRuleType()), d.unitCode(), d.coUnitCodes()),
				new Item.Limits(timeLimit(d.sign()), timeLimit(d.response()), Map.copyOf(handle)),
				Boolean.TRUE.equals(d.verificationRequired()), d.closingCriteria(), !Boolean.FALSE.equals(d.enabled()));
	}

	private static TimeLimit timeLimit(LimitDraft l) {
		return new TimeLimit(Duration.parse(l.duration()), LimitMode.valueOf(l.mode()));
	}

	private static LimitMode mode(String s) {
		if (s == null) {
			return null;
		}
		for (LimitMode m : LimitMode.values()) {
			if (m.name().equals(s)) {
				return m;
			}
		}
		return null;
	}

	private static void oneOf(List<FieldError> errors, String field, String value, Set<String> allowed) {
		if (blank(value)) {
			errors.add(new FieldError(field, "must not be blank"));
		}
		else if (!allowed.contains(value)) {
			errors.add(new FieldError(field, "must be one of " + allowed.stream().sorted().toList()));
		}
	}

	private static void text(List<FieldError> errors, String field, String value, int max, boolean required) {
		if (required && blank(value)) {
			errors.add(new FieldError(field, "must not be blank"));
		}
		else if (value != null && value.length() > max) {
			errors.add(new FieldError(field, "must be at most " + max + " characters"));
		}
	}

	static boolean blank(String s) {
		return s == null || s.isBlank();
	}
}
