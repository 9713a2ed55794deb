package org.liandong.directory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.liandong.directory.internal.ItemDraft.LimitDraft;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;

/** The {@code dir_item} table. List fields are stored joined with {@code |}, limits as their text. */
@Repository
class Items {

	private static final String COLUMNS = "code, name, path, domain, nature, urgency, description, keywords, "
			+ "public_service, unit_rule, unit_code, co_unit_codes, sign_limit, response_limit, handle_normal, "
			+ "handle_urgent, handle_critical, handle_complex, verification_required, closing_criteria, enabled, "
			+ "version, updated_at";

	private static final String VALUES = ":code, :name, :path, :domain, :nature, :urgency, :description, :keywords, "
			+ ":publicService, :unitRule, :unitCode, :coUnitCodes, :sign, :response, :handleNormal, :handleUrgent, "
			+ ":handleCritical, :handleComplex, :verificationRequired, :closingCriteria, :enabled, :version, :updatedAt";

	private final NamedParameterJdbcTemplate jdbc;

	Items(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	List<ItemEntry> findAll() {
		return jdbc.query("SELECT " + COLUMNS + " FROM dir_item ORDER BY code", Items::map);
	}

	Optional<Long> versionOf(String code) {
		return jdbc.queryForList("SELECT version FROM dir_item WHERE code = :code", Map.of("code", code), Long.class)
			.stream().findFirst();
	}

	long count() {
		Long n = jdbc.getJdbcTemplate().queryForObject("SELECT COUNT(*) FROM dir_item", Long.class);
		return n == null ? 0 : n;
	}

	/** Changes whenever an item is written on any node: the count and the latest write. */
	String changeMarker() {
		return jdbc.getJdbcTemplate().queryForObject("SELECT COUNT(*), MAX(updated_at) FROM dir_item",
				(rs, i) -> rs.getLong(1) + "/" + rs.getString(2));
	}

	void insertAll(List<ItemDraft> drafts, Instant now) {
		SqlParameterSource[] batch = drafts.stream().map(d -> params(d, 0, now)).toArray(SqlParameterSource[]::new);
		jdbc.batchUpdate("INSERT INTO dir_item (" + COLUMNS + ") VALUES (" + VALUES + ")", batch);
	}

	/** Overwrites an item when its version is still {@code expectedVersion}; false when it changed meanwhile. */
	boolean update(ItemDraft d, long expectedVersion, Instant now) {
		MapSqlParameterSource p = params(d, expectedVersion + 1, now).addValue("expected", expectedVersion);
		String set = Arrays.stream(COLUMNS.split(",\\s*")).skip(1)
			.map(c -> c + " = :" + param(c)).reduce((a, b) -> a + ", " + b).orElseThrow();
		return jdbc.update("UPDATE dir_item SET " + set + " WHERE code = :code AND version = :expected", p) == 1;
	}

	private static String param(String column) {
		return switch (column) {
			case "public_service" -> "publicService";
			case "unit_rule" -> "unitRule";
			case "unit_code" -> "unitCode";
			case "co_unit_codes" -> "coUnitCodes";
			case "sign_limit" -> "sign";
			case "response_limit" -> "response";
			case "handle_normal" -> "handleNormal";
			case "handle_urgent" -> "handleUrgent";
			case "handle_critical" -> "handleCritical";
			case "handle_complex" -> "handleComplex";
			case "verification_required" -> "verificationRequired";
			case "closing_criteria" -> "closingCriteria";
			case "updated_at" -> "updatedAt";
			default -> column;
		};
	}

	private static MapSqlParameterSource params(ItemDraft d, long version, Instant now) {
		return new MapSqlParameterSource().addValue("code", d.code()).addValue("name", d.name())
			.addValue("path", String.join("|", d.path())).addValue("domain", d.path().get(0))
			.addValue("nature", d.nature()).addValue("urgency", d.urgency()).addValue("description", d.description())
			.addValue("keywords", String.join("|", d.keywords())).addValue("publicService", d.publicService())
			.addValue("unitRule", d.unitRuleType()).addValue("unitCode", d.unitCode())
			.addValue("coUnitCodes", String.join("|", d.coUnitCodes())).addValue("sign", d.sign().text())
			.addValue("response", d.response().text()).addValue("handleNormal", text(d, "NORMAL"))
			.addValue("handleUrgent", text(d, "URGENT")).addValue("handleCritical", text(d, "CRITICAL"))
			.addValue("handleComplex", text(d, "COMPLEX"))
			.addValue("verificationRequired", d.verificationRequired())
			.addValue("closingCriteria", d.closingCriteria()).addValue("enabled", d.enabled())
			.addValue("version", version).addValue("updatedAt", Timestamp.from(now));
	}

	private static String text(ItemDraft d, String urgency) {
		LimitDraft l = d.handle().get(urgency);
		return l == null ? null : l.text();
	}

	private static ItemEntry map(ResultSet rs, int row) throws SQLException {
		Map<String, LimitDraft> handle = new LinkedHashMap<>();
		for (String urgency : ItemDraft.URGENCIES) {
			LimitDraft l = LimitDraft.parse(rs.getString("handle_" + urgency.toLowerCase()));
			if (l != null) {
				handle.put(urgency, l);
			}
		}
		ItemDraft d = new ItemDraft(rs.getString("code"), rs.getString("name"), split(rs.getString("path")),
				rs.getString("nature"), rs.getString("urgency"), rs.getString("description"),
				split(rs.getString("keywords")), rs.getBoolean("public_service"), rs.getString("unit_rule"),
				rs.getString("unit_code"), split(rs.getString("co_unit_codes")),
				LimitDraft.parse(rs.getString("sign_limit")), LimitDraft.parse(rs.getString("response_limit")), handle,
				rs.getBoolean("verification_required"), rs.getString("closing_criteria"), rs.getBoolean("enabled"));
		return new ItemEntry(d, ItemValidator.toItem(d), rs.getLong("version"));
	}

	static List<String> split(String joined) {
		if (joined == null || joined.isBlank()) {
			return List.of();
		}
		return Arrays.stream(joined.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}
}
