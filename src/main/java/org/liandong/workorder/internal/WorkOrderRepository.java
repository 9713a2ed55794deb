package org.liandong.workorder.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.liandong.shared.InLists;
import org.liandong.shared.StaleVersionException;
import org.liandong.workorder.Channel;
import org.liandong.workorder.Nature;
import org.liandong.workorder.Satisfaction;
import org.liandong.workorder.Urgency;
import org.liandong.workorder.WorkOrderStatus;
import org.liandong.workorder.WorkOrders;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores work orders, their participants and timelines with plain SQL; optimistic locking on {@code version}. */
@Repository
class WorkOrderRepository {

	private static final String COLUMNS = "id, number, status, status_before, channel, nature, title, content, "
			+ "citizen_name, citizen_phone, address, lat, lon, region_code, grid_code, item_code, urgency, "
			+ "confidential, lead_unit_code, dispatched_at, sign_due_at, response_due_at, due_at, signed_at, "
			+ "responded_at, replied_at, closed_at, sign_overdue, warned, overdue, extension_until, "
			+ "extension_reason, result, answer, article_id, revisit_attempts, revisit_resolved, "
			+ "revisit_satisfaction, unreachable, close_reason, reopen_count, return_count, master_id, shelve_plan, "
			+ "created_by, created_at, updated_at, version";

	/**
	 * The sequence's increment (migration V1_4_2): each NEXTVAL gives this node the block of numbers from its value up
	 * to (without) the value plus this.
	 */
	static final int NUMBER_BLOCK = 32;

	private final JdbcClient jdbc;

	/** The next number of this node's block, and the end of the block (guarded by {@code this}). */
	private long nextNumber;

	private long numberBlockEnd;

	WorkOrderRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The number's sequence part: unique across nodes, one statement per {@link #NUMBER_BLOCK} intakes rather than
	 * one each. A block not used up when the node stops leaves a gap.
	 */
	String nextNumberSuffix() {
		return zeroPadded(nextNumber());
	}

	synchronized long nextNumber() {
		if (nextNumber == numberBlockEnd) {
			long first = jdbc.sql("SELECT NEXTVAL('wo_number_seq')").query(Long.class).single();
			nextNumber = first;
			numberBlockEnd = first + NUMBER_BLOCK;
		}
		return nextNumber++;
	}

	/** {@code String.format("%06d", n)} for a sequence value, without the formatter's parsing on every intake. */
	static String zeroPadded(long n) {
		String digits = Long.toString(n);
		return digits.length() >= 6 ? digits : "000000".substring(digits.length()) + digits;
	}

	Optional<WorkOrder> find(String idOrNumber) {
		// one index lookup, not "id = :key OR number = :key" (on PostgreSQL two and a bitmap of both, on H2 a scan of
		// the table): an id is looked up as an id first, a number as a number, the other column only where the first
		// finds nothing; and the co-units come in the same statement, not in a second one per read
		List<WorkOrder> found = byIdOrNumber(COLUMNS_WITH_CO_UNITS, idOrNumber, (rs, n) -> mapWithCoUnits(rs));
		return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
	}

	/**
	 * The order, its row locked until the transaction ends: for a change that depends on another order's state (a
	 * merge into a master, which must not end meanwhile), or another module's listener that must not act on the
	 * order twice at once.
	 */
	Optional<WorkOrder> findLocked(String idOrNumber) {
		List<String> ids = byIdOrNumber("id", idOrNumber, (rs, n) -> rs.getString(1));
		if (ids.isEmpty()) {
			return Optional.empty();
		}
		jdbc.sql("SELECT id FROM wo_order WHERE id = :id FOR UPDATE").param("id", ids.get(0)).query(String.class).list();
		return find(ids.get(0));
	}

	/** An order's columns and its co-units, sorted, joined by the unit separator (U+001F; codes have none). */
	static final String COLUMNS_WITH_CO_UNITS = COLUMNS + ", (SELECT STRING_AGG(p.unit_code, CHR(31) ORDER BY "
			+ "p.unit_code) FROM wo_participant p WHERE p.order_id = wo_order.id AND p.part = 'CO') AS co_units";

	/** An order read with {@link #COLUMNS_WITH_CO_UNITS}. */
	static WorkOrder mapWithCoUnits(ResultSet rs) throws SQLException {
		WorkOrder order = map(rs);
		order.coUnitCodes = coUnits(rs.getString("co_units"));
		return order;
	}

	static List<String> coUnits(String joined) {
		return joined == null || joined.isEmpty() ? new ArrayList<>()
				: new ArrayList<>(Arrays.asList(joined.split("\u001f")));
	}

	/** The columns of the order with this id or number (at most one row): by the key's shape, one index lookup. */
	<T> List<T> byIdOrNumber(String columns, String key, RowMapper<T> mapper) {
		boolean looksLikeId = looksLikeId(key);
		List<T> found = byColumn(columns, looksLikeId ? "id" : "number", key, mapper);
		return found.isEmpty() ? byColumn(columns, looksLikeId ? "number" : "id", key, mapper) : found;
	}

	private <T> List<T> byColumn(String columns, String column, String key, RowMapper<T> mapper) {
		return jdbc.sql("SELECT " + columns + " FROM wo_order WHERE " + column + " = :key")
			.param("key", key)
			.query(mapper)
			.list();
	}

	/** Whether a key has the shape of the ids this platform gives (random UUIDs); numbers have another. */
	static boolean looksLikeId(String key) {
		return key != null && key.length() == 36 && key.charAt(8) == '-' && key.charAt(13) == '-'
				&& key.charAt(18) == '-' && key.charAt(23) == '-';
	}

	/** Order id to citizen name and phone, for the orders that have either; one round trip per 500 ids. */
	Map<String, WorkOrders.Citizen> citizens(java.util.Collection<String> orderIds) {
		Map<String, WorkOrders.Citizen> citizens = new java.util.HashMap<>();
		List<String> ids = List.copyOf(orderIds);
		for (List<String> part : InLists.of(ids)) {
			jdbc.sql("SELECT id, citizen_name, citizen_phone FROM wo_order WHERE id IN (:ids)"
					+ " AND (citizen_name IS NOT NULL OR citizen_phone IS NOT NULL)")
				.param("ids", part)
				.query((rs, n) -> Map.entry(rs.getString(1), new WorkOrders.Citizen(rs.getString(2), rs.getString(3))))
				.list()
				.forEach(e -> citizens.put(e.getKey(), e.getValue()));
		}
		return citizens;
	}

	/** The ids of orders merged into {@code masterId}. */
	/** Orders taken in within [from, to) (null: open) whose lead or co-unit the unit is now. */
	long countLedOrCoHandled(String unitCode, Instant from, Instant to) {
		return jdbc.sql("""
				SELECT COUNT(DISTINCT o.id) FROM wo_order o JOIN wo_participant p ON p.order_id = o.id
				WHERE p.unit_code = :unit AND p.part IN ('LEAD', 'CO')
				  AND o.created_at >= :from AND o.created_at < :to""")
			.param("unit", unitCode)
			.param("from", ts(from == null ? Instant.EPOCH : from))
			.param("to", ts(to == null ? Instant.parse("9999-01-01T00:00:00Z") : to))
			.query(Long.class)
			.single();
	}

	List<String> mergedInto(String masterId) {
		return jdbc.sql("SELECT id FROM wo_order WHERE master_id = :m AND status = 'MERGED'")
			.param("m", masterId)
			.query(String.class)
			.list();
	}

	void insert(WorkOrder o) {
		o.version = 0;
		jdbc.sql(INSERT)
			.params(values(o))
			.update();
		writeParticipants(o);
		writeTimeline(o);
	}

	void update(WorkOrder o) {
		Map<String, Object> params = values(o);
		int expected = o.version;
		params.put("expected", expected);
		params.put("version", expected + 1);
		int rows = jdbc.sql(UPDATE)
			.params(params)
			.update();
		if (rows != 1) {
			throw new StaleVersionException("Work order " + o.number + " was changed concurrently.");
		}
		o.version = expected + 1;
		writeParticipants(o);
		writeTimeline(o);
	}

	private void writeParticipants(WorkOrder o) {
		if (!o.participantsChanged) {
			return;
		}
		jdbc.sql("DELETE FROM wo_participant WHERE order_id = :id AND part IN ('LEAD', 'CO')").param("id", o.id).update();
		if (o.leadUnitCode != null) {
			insertParticipant(o.id, o.leadUnitCode, "LEAD");
		}
		for (String co : o.coUnitCodes) {
			if (!co.equals(o.leadUnitCode)) {
				insertParticipant(o.id, co, "CO");
			}
		}
		o.participantsChanged = false;
	}

	void insertParticipant(String orderId, String unitCode, String part) {
		jdbc.sql("INSERT INTO wo_participant (order_id, unit_code, part) VALUES (:o, :u, :p) ON CONFLICT DO NOTHING")
			.param("o", orderId)
			.param("u", unitCode)
			.param("p", part)
			.update();
	}

	void writeTimeline(WorkOrder o) {
		for (TimelineEntry e : o.newEntries) {
			appendTimeline(o.id, e);
		}
		o.newEntries.clear();
	}

	void appendTimeline(String orderId, TimelineEntry e) {
		jdbc.sql("INSERT INTO wo_timeline (order_id, at, actor, actor_role, action, from_status, to_status, note, "
				+ "attachments) VALUES (:o, :at, :actor, :role, :action, :from, :to, :note, :att)")
			.param("o", orderId)
			.param("at", ts(e.at()))
			.param("actor", e.actor())
			.param("role", e.actorRole())
			.param("action", e.action())
			.param("from", e.fromStatus() == null ? null : e.fromStatus().name())
			.param("to", e.toStatus() == null ? null : e.toStatus().name())
			.param("note", truncate(e.note(), 4000))
			.param("att", e.attachments().isEmpty() ? null : String.join(",", e.attachments()))
			.update();
		for (String file : new LinkedHashSet<>(e.attachments())) { // the order's row is locked: one writer at a time
			jdbc.sql("INSERT INTO wo_attachment (file_id, order_id) SELECT :f, :o FROM (VALUES (1)) AS one (x) "
					+ "WHERE NOT EXISTS (SELECT 1 FROM wo_attachment WHERE file_id = :f AND order_id = :o)")
				.param("f", file)
				.param("o", orderId)
				.update();
		}
	}

	/** The orders a file is attached to (its evidence), at most a few. */
	List<String> ordersWithFile(String fileId) {
		return jdbc.sql("SELECT order_id FROM wo_attachment WHERE file_id = :f")
			.param("f", fileId)
			.query(String.class)
			.list();
	}

	boolean hasFile(String orderId, String fileId) {
		return jdbc.sql("SELECT COUNT(*) FROM wo_attachment WHERE file_id = :f AND order_id = :o")
			.param("f", fileId)
			.param("o", orderId)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * The order's timeline in time order (entries of one moment in the order written). Listeners of one event write
	 * theirs concurrently, so the order written is not always the order in time.
	 */
	List<TimelineEntry> timeline(String orderId) {
		return jdbc.sql("SELECT at, actor, actor_role, action, from_status, to_status, note, attachments "
				+ "FROM wo_timeline WHERE order_id = :o ORDER BY at, id")
			.param("o", orderId)
			.query((rs, n) -> new TimelineEntry(instant(rs, "at"), rs.getString("actor"), rs.getString("actor_role"),
					rs.getString("action"), status(rs.getString("from_status")), status(rs.getString("to_status")),
					rs.getString("note"), attachments(rs.getString("attachments"))))
			.list();
	}

	private static List<String> attachments(String csv) {
		return csv == null || csv.isBlank() ? List.of() : Arrays.asList(csv.split(","));
	}

	/**
	 * The insert and the update of an order, written once: the statement cache of the named-parameter template is
	 * keyed by the SQL text, and a text built per call had its hash computed and the column list split by a regular
	 * expression on every intake and every action.
	 */
	private static final String INSERT;

	private static final String UPDATE;

	static {
		StringBuilder values = new StringBuilder();
		StringBuilder set = new StringBuilder();
		for (String column : COLUMNS.split(", ")) {
			values.append(values.isEmpty() ? ":" : ", :").append(column);
			if (!column.equals("id") && !column.equals("number") && !column.equals("created_at")) {
				set.append(set.isEmpty() ? "" : ", ").append(column).append(" = :").append(column);
			}
		}
		INSERT = "INSERT INTO wo_order (" + COLUMNS + ") VALUES (" + values + ")";
		UPDATE = "UPDATE wo_order SET " + set + " WHERE id = :id AND version = :expected";
	}

	private static Map<String, Object> values(WorkOrder o) {
		Map<String, Object> v = new LinkedHashMap<>();
		v.put("id", o.id);
		v.put("number", o.number);
		v.put("status", o.status.name());
		v.put("status_before", name(o.statusBefore));
		v.put("channel", o.channel.name());
		v.put("nature", o.nature.name());
		v.put("title", o.title);
		v.put("content", o.content);
		v.put("citizen_name", o.citizenName);
		v.put("citizen_phone", o.citizenPhone);
		v.put("address", o.address);
		v.put("lat", o.lat);
		v.put("lon", o.lon);
		v.put("region_code", o.regionCode);
		v.put("grid_code", o.gridCode);
		v.put("item_code", o.itemCode);
		v.put("urgency", o.urgency.name());
		v.put("confidential", o.confidential);
		v.put("lead_unit_code", o.leadUnitCode);
		v.put("dispatched_at", ts(o.dispatchedAt));
		v.put("sign_due_at", ts(o.signDueAt));
		v.put("response_due_at", ts(o.responseDueAt));
		v.put("due_at", ts(o.dueAt));
		v.put("signed_at", ts(o.signedAt));
		v.put("responded_at", ts(o.respondedAt));
		v.put("replied_at", ts(o.repliedAt));
		v.put("closed_at", ts(o.closedAt));
		v.put("sign_overdue", o.signOverdue);
		v.put("warned", o.warned);
		v.put("overdue", o.overdue);
		v.put("extension_until", ts(o.extensionUntil));
		v.put("extension_reason", o.extensionReason);
		v.put("result", truncate(o.result, 4000));
		v.put("answer", truncate(o.answer, 4000));
		v.put("article_id", o.articleId);
		v.put("revisit_attempts", o.revisitAttempts);
		v.put("revisit_resolved", o.revisitResolved);
		v.put("revisit_satisfaction", name(o.revisitSatisfaction));
		v.put("unreachable", o.unreachable);
		v.put("close_reason", truncate(o.closeReason, 1000));
		v.put("reopen_count", o.reopenCount);
		v.put("return_count", o.returnCount);
		v.put("master_id", o.masterId);
		v.put("shelve_plan", truncate(o.shelvePlan, 1000));
		v.put("created_by", o.createdBy);
		v.put("created_at", ts(o.createdAt));
		v.put("updated_at", ts(o.updatedAt));
		v.put("version", o.version);
		v.replaceAll(WorkOrderRepository::typedNull);
		return v;
	}

	private static final SqlParameterValue NULL_VARCHAR = new SqlParameterValue(Types.VARCHAR, null);

	private static final SqlParameterValue NULL_DOUBLE = new SqlParameterValue(Types.DOUBLE, null);

	private static final SqlParameterValue NULL_BOOLEAN = new SqlParameterValue(Types.BOOLEAN, null);

	private static final SqlParameterValue NULL_INTEGER = new SqlParameterValue(Types.INTEGER, null);

	/** The typed null of each column whose values are neither strings nor times (one shared value per type). */
	private static final Map<String, SqlParameterValue> OTHER_NULLS = Map.ofEntries(Map.entry("lat", NULL_DOUBLE),
			Map.entry("lon", NULL_DOUBLE), Map.entry("confidential", NULL_BOOLEAN),
			Map.entry("sign_overdue", NULL_BOOLEAN), Map.entry("warned", NULL_BOOLEAN),
			Map.entry("overdue", NULL_BOOLEAN), Map.entry("revisit_attempts", NULL_INTEGER),
			Map.entry("revisit_resolved", NULL_BOOLEAN), Map.entry("unreachable", NULL_BOOLEAN),
			Map.entry("reopen_count", NULL_INTEGER), Map.entry("return_count", NULL_INTEGER),
			Map.entry("version", NULL_INTEGER));

	/**
	 * A null with its column's type, as the driver sends the column's values. An untyped null goes to PostgreSQL as
	 * "unspecified", and the driver prepares its statement anew whenever a value comes where the statement was
	 * prepared with a null: an API intake (a caller's name, no point) after an Open311 one (a point, no name) and
	 * back, every other intake, each time parsed and planned again. The times are left: the driver sends a null time
	 * as unspecified whatever its type, and an order's times, once set, mostly stay set.
	 */
	private static Object typedNull(String column, Object value) {
		if (value != null || column.endsWith("_at") || column.equals("extension_until")) {
			return value;
		}
		return OTHER_NULLS.getOrDefault(column, NULL_VARCHAR);
	}

	static WorkOrder map(ResultSet rs) throws SQLException {
		WorkOrder o = new WorkOrder();
		o.id = rs.getString("id");
		o.number = rs.getString("number");
		o.status = status(rs.getString("status"));
		o.statusBefore = status(rs.getString("status_before"));
		o.channel = Channel.valueOf(rs.getString("channel"));
		o.nature = Nature.valueOf(rs.getString("nature"));
		o.title = rs.getString("title");
		o.content = rs.getString("content");
		o.citizenName = rs.getString("citizen_name");
		o.citizenPhone = rs.getString("citizen_phone");
		o.address = rs.getString("address");
		o.lat = (Double) rs.getObject("lat", Double.class);
		o.lon = (Double) rs.getObject("lon", Double.class);
		o.regionCode = rs.getString("region_code");
		o.gridCode = rs.getString("grid_code");
		o.itemCode = rs.getString("item_code");
		o.urgency = Urgency.valueOf(rs.getString("urgency"));
		o.confidential = rs.getBoolean("confidential");
		o.leadUnitCode = rs.getString("lead_unit_code");
		o.dispatchedAt = instant(rs, "dispatched_at");
		o.signDueAt = instant(rs, "sign_due_at");
		o.responseDueAt = instant(rs, "response_due_at");
		o.dueAt = instant(rs, "due_at");
		o.signedAt = instant(rs, "signed_at");
		o.respondedAt = instant(rs, "responded_at");
		o.repliedAt = instant(rs, "replied_at");
		o.closedAt = instant(rs, "closed_at");
		o.signOverdue = rs.getBoolean("sign_overdue");
		o.warned = rs.getBoolean("warned");
		o.overdue = rs.getBoolean("overdue");
		o.extensionUntil = instant(rs, "extension_until");
		o.extensionReason = rs.getString("extension_reason");
		o.result = rs.getString("result");
		o.answer = rs.getString("answer");
		o.articleId = rs.getString("article_id");
		o.revisitAttempts = rs.getInt("revisit_attempts");
		o.revisitResolved = (Boolean) rs.getObject("revisit_resolved", Boolean.class);
		String sat = rs.getString("revisit_satisfaction");
		o.revisitSatisfaction = sat == null ? null : Satisfaction.valueOf(sat);
		o.unreachable = rs.getBoolean("unreachable");
		o.closeReason = rs.getString("close_reason");
		o.reopenCount = rs.getInt("reopen_count");
		o.returnCount = rs.getInt("return_count");
		o.masterId = rs.getString("master_id");
		o.shelvePlan = rs.getString("shelve_plan");
		o.createdBy = rs.getString("created_by");
		o.createdAt = instant(rs, "created_at");
		o.updatedAt = instant(rs, "updated_at");
		o.version = rs.getInt("version");
		return o;
	}

	private static WorkOrderStatus status(String s) {
		return s == null ? null : WorkOrderStatus.valueOf(s);
	}

	private static String name(Enum<?> e) {
		return e == null ? null : e.name();
	}

	static OffsetDateTime ts(Instant i) {
		return i == null ? null : i.atOffset(ZoneOffset.UTC);
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
		return t == null ? null : t.toInstant();
	}

	private static String truncate(String s, int max) {
		return s == null || s.length() <= max ? s : s.substring(0, max);
	}
}
