package org.liandong.intake.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

import org.liandong.directory.Directory;
import org.liandong.shared.InvalidRequestException;
import org.liandong.shared.SeparateConnections;
import org.liandong.workorder.Channel;
import org.liandong.workorder.Nature;
import org.liandong.workorder.NewWorkOrder;
import org.liandong.workorder.Urgency;
import org.liandong.workorder.WorkOrderSummary;
import org.liandong.workorder.WorkOrders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores every device event once per (source, eventId) and applies the rules of its type: open an order (channel
 * DEVICE, the type's urgency), or link it to the order an earlier event of the same device and type opened within
 * the de-duplication window while that order is still open, or only log it.
 */
@Component
class DeviceEvents {

	private final JdbcClient jdbc;
	private final Directory directory;
	private final WorkOrders orders;
	private final IntakeProperties properties;
	private final JsonMapper json;
	private final Clock clock;
	private final SeparateConnections separate;

	DeviceEvents(JdbcClient jdbc, Directory directory, WorkOrders orders, IntakeProperties properties, JsonMapper json,
			Clock clock, SeparateConnections separate) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.orders = orders;
		this.properties = properties;
		this.json = json;
		this.clock = clock;
		this.separate = separate;
	}

	/** What happened to an event; {@code replayed} when the eventId was seen before. */
	record Outcome(String eventId, String outcome, String workOrderId, String workOrderNumber, boolean replayed) {
	}

	Optional<String> secretOf(String source) {
		return jdbc.sql("SELECT secret FROM in_device_source WHERE id = :id AND enabled = TRUE")
			.param("id", source)
			.query(String.class)
			.optional();
	}

	@Transactional
	void ensureSource(String id, String name, String secret) {
		if (secretOf(id).isEmpty()) {
			jdbc.sql("INSERT INTO in_device_source (id, name, secret, enabled, created_at) VALUES (:id, :n, :s, TRUE, :at)")
				.param("id", id)
				.param("n", name)
				.param("s", secret)
				.param("at", Timestamp.from(clock.instant()))
				.update();
		}
	}

	@Transactional
	Outcome receive(String source, String body, Instant signedAt) {
		JsonNode n;
		try {
			n = json.readTree(body);
		}
		catch (JacksonException e) {
			throw new InvalidRequestException("body", "The body is not JSON.");
		}
		if (n == null || !n.isObject()) {
			throw new InvalidRequestException("body", "The body must be a JSON object.");
		}
		String eventId = required(n, "eventId", 200);
		Optional<Outcome> seen = find(jdbc, source, eventId);
		if (seen.isPresent()) {
			return seen.get();
		}
		String deviceId = required(n, "deviceId", 200);
		String type = required(n, "type", 64).toUpperCase();
		Instant occurredAt;
		try {
			occurredAt = OffsetDateTime.parse(required(n, "occurredAt", 40)).toInstant();
		}
		catch (DateTimeParseException e) {
			throw new InvalidRequestException("occurredAt", "must be an ISO-8601 instant with offset.");
		}
		String detail = required(n, "detail", 4000);
		Double lat = coordinate(n, "lat", 90);
		Double lon = coordinate(n, "lon", 180);
		if ((lat == null) != (lon == null)) {
			throw new InvalidRequestException(lat == null ? "lat" : "lon", "lat and lon must be given together");
		}
		String address = optional(n, "address", 500);
		String regionCode = optional(n, "regionCode", 12);
		// checked here, not only when an order is opened: a linked or logged event is stored with them too
		if (regionCode != null && (!regionCode.matches("\\d{12}") || directory.region(regionCode).isEmpty())) {
			throw new InvalidRequestException("regionCode", "Unknown region code.");
		}
		// the rule every order's point meets (WorkOrders.receive), for every event as for its region: a device
		// elsewhere is misconfigured, and its event is refused whole (no row), like any other invalid event
		if (lat != null && !orders.inJurisdiction(lat, lon, null)) {
			throw new InvalidRequestException("lat", "The position lies outside the jurisdiction.");
		}
		String urgency = properties.devices().urgencyOf(type);
		String outcome = "LOGGED";
		WorkOrderSummary order = null;
		if (urgency != null) {
			// two alarms of one device at once would each find no open order and open one each: the source's events
			// that may open an order are taken one after another (its row locked until this transaction ends), so
			// the second finds the first's order, committed (a statement sees what committed before it began)
			lockSource(source);
			order = openOrderOf(source, deviceId, type).orElse(null);
			if (order != null) {
				outcome = "LINKED";
				orders.recordOnTimeline(order.id(), "device:" + source, "DEVICE_EVENT",
						"重复告警 " + eventId + "：" + detail);
			}
			else {
				outcome = "ORDER_CREATED";
				order = orders.receive(new NewWorkOrder(Channel.DEVICE,
						"【设备告警 " + type + "】设备 " + deviceId + "：" + detail, Nature.HELP, null, null, null, address,
						lat, lon, null, regionCode, null, null, Urgency.valueOf(urgency), false, List.of()),
						"device:" + source, "SYSTEM");
			}
		}
		jdbc.sql("""
				INSERT INTO in_device_event (source_id, event_id, device_id, event_type, occurred_at, lat, lon, address,
				  region_code, detail, outcome, order_id, order_number, received_at)
				VALUES (:source, :event, :device, :type, :occurred, :lat, :lon, :address, :region, :detail, :outcome,
				  :orderId, :number, :at)""")
			.param("source", source)
			.param("event", eventId)
			.param("device", deviceId)
			.param("type", type)
			.param("occurred", Timestamp.from(occurredAt))
			.param("lat", lat)
			.param("lon", lon)
			.param("address", address)
			.param("region", regionCode)
			.param("detail", detail)
			.param("outcome", outcome)
			.param("orderId", order == null ? null : order.id())
			.param("number", order == null ? null : order.number())
			.param("at", Timestamp.from(clock.instant()))
			.update();
		return new Outcome(eventId, outcome, order == null ? null : order.id(), order == null ? null : order.number(),
				false);
	}

	/**
	 * The outcome stored for the body's event, if any: for a request that lost the race to store it. Read apart from
	 * the caller's transaction, on a connection of its own ({@link SeparateConnections}): the loser's transaction (an
	 * idempotent request's, which it joined) is aborted on PostgreSQL, and the winner's row is committed.
	 */
	Optional<Outcome> stored(String source, String body) {
		String eventId = optional(json.readTree(body), "eventId", 200); // read as receive reads it
		return eventId == null ? Optional.empty() : find(separate.jdbc(), source, eventId);
	}

	private void lockSource(String source) {
		jdbc.sql("SELECT id FROM in_device_source WHERE id = :id FOR UPDATE").param("id", source).query(String.class)
			.optional();
	}

	private Optional<WorkOrderSummary> openOrderOf(String source, String deviceId, String type) {
		Instant since = clock.instant().minus(properties.devices().dedupWindow());
		return jdbc.sql("""
				SELECT order_id FROM in_device_event WHERE source_id = :s AND device_id = :d AND event_type = :t
				  AND order_id IS NOT NULL AND received_at >= :since ORDER BY received_at DESC""")
			.param("s", source)
			.param("d", deviceId)
			.param("t", type)
			.param("since", Timestamp.from(since))
			.query(String.class)
			.list()
			.stream()
			.map(orders::find)
			.flatMap(Optional::stream)
			.filter(o -> !o.status().isFinal())
			.findFirst();
	}

	private Optional<Outcome> find(JdbcClient on, String source, String eventId) {
		return on.sql("SELECT outcome, order_id, order_number FROM in_device_event WHERE source_id = :s AND event_id = :e")
			.param("s", source)
			.param("e", eventId)
			.query((rs, i) -> new Outcome(eventId, rs.getString(1), rs.getString(2), rs.getString(3), true))
			.optional();
	}

	private static String required(JsonNode n, String field, int max) {
		String v = optional(n, field, max);
		if (v == null) {
			throw new InvalidRequestException(field, "must not be blank");
		}
		return v;
	}

	/** A WGS-84 coordinate: a number, or a string holding one, within ±{@code max}; null when absent. */
	private static Double coordinate(JsonNode n, String field, double max) {
		JsonNode v = n.get(field);
		if (v == null || v.isNull()) {
			return null;
		}
		double value;
		if (v.isNumber()) {
			value = v.asDouble();
		}
		else {
			try {
				value = v.isString() ? Double.parseDouble(v.asString().strip()) : Double.NaN;
			}
			catch (NumberFormatException e) {
				value = Double.NaN;
			}
		}
		if (!Double.isFinite(value) || Math.abs(value) > max) {
			throw new InvalidRequestException(field, "must be a number between -" + (int) max + " and " + (int) max);
		}
		return value;
	}

	private static String optional(JsonNode n, String field, int max) {
		JsonNode v = n.get(field);
		if (v == null || v.isNull()) {
			return null;
		}
		if (!(v.isString() || v.isNumber())) {
			throw new InvalidRequestException(field, "must be text");
		}
		String s = v.isString() ? v.asString().strip() : v.asString();
		if (s.isEmpty()) {
			return null;
		}
		if (s.length() > max) {
			throw new InvalidRequestException(field, "must have at most " + max + " characters");
		}
		return s;
	}
}
