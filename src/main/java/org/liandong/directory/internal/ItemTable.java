package org.liandong.directory.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.liandong.directory.internal.ItemDraft.LimitDraft;

/**
 * The tabular form of the responsibility list shared by CSV and Excel: one header row with these columns, one item
 * per row, list fields joined with {@code |}, limits as {@code "<ISO-8601 duration> <mode>"}, booleans
 * {@code true}/{@code false}.
 */
final class ItemTable {

	static final List<String> COLUMNS = List.of("code", "name", "path", "nature", "urgency", "description", "keywords",
			"public_service", "unit_rule", "unit_code", "co_unit_codes", "sign_limit", "response_limit",
			"handle_normal", "handle_urgent", "handle_critical", "handle_complex", "verification_required",
			"closing_criteria", "enabled");

	static final List<String> REQUIRED = List.of("code", "name", "path", "nature", "urgency", "unit_rule", "unit_code",
			"sign_limit", "response_limit", "handle_normal");

	private ItemTable() {
	}

	static List<String> row(ItemDraft d) {
		List<String> row = new ArrayList<>();
		row.add(d.code());
		row.add(d.name());
		row.add(String.join("|", d.path()));
		row.add(d.nature());
		row.add(d.urgency());
		row.add(d.description());
		row.add(String.join("|", d.keywords()));
		row.add(String.valueOf(Boolean.TRUE.equals(d.publicService())));
		row.add(d.unitRuleType());
		row.add(d.unitCode());
		row.add(String.join("|", d.coUnitCodes()));
		row.add(d.sign().text());
		row.add(d.response().text());
		for (String urgency : ItemDraft.URGENCIES) {
			LimitDraft l = d.handle().get(urgency);
			row.add(l == null ? "" : l.text());
		}
		row.add(String.valueOf(Boolean.TRUE.equals(d.verificationRequired())));
		row.add(d.closingCriteria());
		row.add(String.valueOf(!Boolean.FALSE.equals(d.enabled())));
		return row;
	}

	/** A row read under a header; {@code problems} collects (column, message) pairs for unreadable cells. */
	static ItemDraft draft(Map<String, String> cells, Map<String, String> problems) {
		Map<String, LimitDraft> handle = new LinkedHashMap<>();
		for (String urgency : ItemDraft.URGENCIES) {
			LimitDraft l = LimitDraft.parse(cells.get("handle_" + urgency.toLowerCase(Locale.ROOT)));
			if (l != null) {
				handle.put(urgency, l);
			}
		}
		return new ItemDraft(cells.get("code"), cells.get("name"), Items.split(cells.get("path")), cells.get("nature"),
				cells.get("urgency"), cells.get("description"), Items.split(cells.get("keywords")),
				bool(cells, "public_service", problems), cells.get("unit_rule"), cells.get("unit_code"),
				Items.split(cells.get("co_unit_codes")), LimitDraft.parse(cells.get("sign_limit")),
				LimitDraft.parse(cells.get("response_limit")), handle, bool(cells, "verification_required", problems),
				cells.get("closing_criteria"), bool(cells, "enabled", problems)).normalized();
	}

	private static Boolean bool(Map<String, String> cells, String column, Map<String, String> problems) {
		String v = cells.get(column);
		if (v == null || v.isBlank()) {
			return null;
		}
		return switch (v.strip().toLowerCase(Locale.ROOT)) {
			case "true", "1", "yes", "y", "是" -> true;
			case "false", "0", "no", "n", "否" -> false;
			default -> {
				problems.put(column, "must be true or false: " + v);
				yield null;
			}
		};
	}

	/** The CSV column of an API field path ({@code limits.handle.NORMAL.mode} → {@code handle_normal}). */
	static String column(String field) {
		if (field.startsWith("limits.sign")) {
			return "sign_limit";
		}
		if (field.startsWith("limits.response")) {
			return "response_limit";
		}
		if (field.startsWith("limits.handle.")) {
			String urgency = field.substring("limits.handle.".length()).split("\\.")[0];
			return "handle_" + urgency.toLowerCase(Locale.ROOT);
		}
		return switch (field) {
			case "unitRule.type" -> "unit_rule";
			case "unitRule.unitCode" -> "unit_code";
			case "unitRule.coUnitCodes" -> "co_unit_codes";
			case "publicService" -> "public_service";
			case "verificationRequired" -> "verification_required";
			case "closingCriteria" -> "closing_criteria";
			default -> field;
		};
	}
}
