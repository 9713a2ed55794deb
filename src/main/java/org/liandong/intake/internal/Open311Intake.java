package org.liandong.intake.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.liandong.directory.Directory;
import org.liandong.directory.Item;
import org.liandong.directory.Region;
import org.liandong.shared.InvalidRequestException;
import org.liandong.workorder.Channel;
import org.liandong.workorder.Nature;
import org.liandong.workorder.NewWorkOrder;
import org.liandong.workorder.Urgency;
import org.liandong.workorder.WorkOrderSummary;
import org.liandong.workorder.WorkOrders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST requests}: checks a form-encoded GeoReport v2 request completely, then creates the order through
 * {@link WorkOrders#receive} and records its Open311 facts in the same transaction, so a refusal stores nothing.
 */
@Component
class Open311Intake {

	private static final Pattern ATTRIBUTE = Pattern.compile("attribute\\[([^\\]]+)\\](\\[\\])?");

	private static final Pattern PHONE = Pattern.compile("[0-9+\\-() ]{3,40}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private final Open311Catalogue catalogue;
	private final WorkOrders orders;
	private final IntakeProperties properties;
	private final JdbcClient jdbc;
	private final JsonMapper json;
	private final Clock clock;
	private final Open311ClientIds clientIds;
	private final CallerScreen callers;
	private final Directory directory;

	Open311Intake(Open311Catalogue catalogue, WorkOrders orders, IntakeProperties properties, JdbcClient jdbc,
			JsonMapper json, Clock clock, Open311ClientIds clientIds, CallerScreen callers, Directory directory) {
		this.directory = directory;
		this.catalogue = catalogue;
		this.orders = orders;
		this.properties = properties;
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
		this.clientIds = clientIds;
		this.callers = callers;
	}

	/** The created order and the token recorded with it. */
	record Created(WorkOrderSummary order, String token) {
	}

	/**
	 * Takes the request in; with a {@code clientRequestId} the id is claimed first, so that of two concurrent posts
	 * with the same id one fails with a {@code DuplicateKeyException} and leaves nothing behind.
	 */
	@Transactional
	Created create(Open311Clients.Client client, Map<String, String[]> params, String clientRequestId) {
		Item item = catalogue.service(single(params, "service_code"))
			.orElseThrow(() -> single(params, "service_code") == null
					? Open311Error.badRequest("service_code was not provided.")
					: Open311Error.notFound("service_code " + single(params, "service_code") + " was not found."));
		List<Open311Error.Entry> errors = new ArrayList<>();
		Double lat = number(params, "lat", errors);
		Double lon = number(params, "long", errors);
		String address = limited(params, "address_string", 500, errors);
		String addressId = limited(params, "address_id", 200, errors);
		if ((single(params, "lat") == null) != (single(params, "long") == null)) {
			errors.add(new Open311Error.Entry("400", "lat and long must be given together."));
		}
		if (lat == null && lon == null && address == null && addressId == null) {
			errors.add(new Open311Error.Entry("400",
					"A location is required: lat and long, address_string or address_id."));
		}
		// our address_id is a region's 12-digit code (a street, a community); an id of nothing we know is refused
		// when it is the only location given, and left out (not stored) when lat/long or an address_string place the
		// request, as it addresses nothing here
		Region region = addressId == null ? null : directory.region(addressId).orElse(null);
		if (addressId != null && region == null) {
			if (single(params, "lat") == null && single(params, "long") == null && address == null) {
				errors.add(new Open311Error.Entry("400", "address_id " + addressId + " was not found: an address_id "
						+ "is the 12-digit code of a region (GET /api/v1/regions); or give lat and long or an "
						+ "address_string."));
			}
			addressId = null;
		}
		if (lat != null && lon != null && !orders.inJurisdiction(lat, lon, "WGS84")) {
			errors.add(new Open311Error.Entry("400", "lat/long lies outside the jurisdiction."));
		}
		String description = limited(params, "description", 4000, errors);
		String phone = limited(params, "phone", 40, errors);
		if (phone != null && !PHONE.matcher(phone).matches()) {
			errors.add(new Open311Error.Entry("400", "phone is not a telephone number."));
		}
		String email = limited(params, "email", 200, errors);
		if (email != null && !EMAIL.matcher(email).matches()) {
			errors.add(new Open311Error.Entry("400", "email is not an e-mail address."));
		}
		String mediaUrl = limited(params, "media_url", 2000, errors);
		if (mediaUrl != null && !mediaUrl.matches("(?i)https?://\\S+")) {
			errors.add(new Open311Error.Entry("400", "media_url must be an http or https URL."));
		}
		String name = joinName(limited(params, "last_name", 50, errors), limited(params, "first_name", 50, errors));
		Map<String, List<String>> attributes = attributes(item, params, errors);
		String deviceId = limited(params, "device_id", 200, errors);
		String accountId = limited(params, "account_id", 200, errors);
		if (!errors.isEmpty()) {
			throw new Open311Error(400, errors, null);
		}
		screen(client, phone);
		String token = UUID.randomUUID().toString();
		if (clientRequestId != null) {
			clientIds.claim(client.id(), clientRequestId, token);
		}
		String content = content(item, description, attributes);
		// the region of an address_id places an order without coordinates
		Region place = lat != null ? null : region;
		String shownAddress = address != null ? address : region != null ? region.name() : null;
		NewWorkOrder order = new NewWorkOrder(Channel.OPEN311, content, enumOrNull(Nature.class, item.nature()),
				null, name, phone, shownAddress, lat, lon, "WGS84", place == null ? null : place.code(), null,
				item.code(), enumOrNull(Urgency.class, item.urgency()), false, List.of());
		WorkOrderSummary created;
		try {
			created = orders.receive(order, "open311:" + client.name(), "CITIZEN");
		}
		catch (InvalidRequestException e) {
			throw new Open311Error(400, e.errors()
				.stream()
				.map(f -> new Open311Error.Entry("400", f.field() + ": " + f.message()))
				.toList(), null);
		}
		jdbc.sql("""
				INSERT INTO in_open311_request (token, order_id, order_number, client_id, service_code, address_id,
				  email, device_id, account_id, media_url, attributes, created_at)
				VALUES (:token, :orderId, :number, :client, :code, :addressId, :email, :device, :account, :media,
				  :attributes, :at)""")
			.param("token", token)
			.param("orderId", created.id())
			.param("number", created.number())
			.param("client", client.id())
			.param("code", item.code())
			.param("addressId", addressId)
			.param("email", email)
			.param("device", deviceId)
			.param("account", accountId)
			.param("media", mediaUrl)
			.param("attributes", attributes.isEmpty() ? null : json.writeValueAsString(attributes))
			.param("at", Timestamp.from(clock.instant()))
			.update();
		return new Created(created, token);
	}

	/** A blocked phone number is logged and refused with a neutral message (the list is not named). */
	private void screen(Open311Clients.Client client, String phone) {
		if (phone == null) {
			return;
		}
		try {
			callers.screenPublic(Channel.OPEN311, phone, "open311:" + client.name());
		}
		catch (CallerScreen.Refused e) {
			throw Open311Error.badRequest(
					"This request cannot be taken in through this channel; please call the 12345 hotline.");
		}
	}

	private Map<String, List<String>> attributes(Item item, Map<String, String[]> params,
			List<Open311Error.Entry> errors) {
		Map<String, List<String>> given = new LinkedHashMap<>();
		params.forEach((key, values) -> {
			Matcher m = ATTRIBUTE.matcher(key);
			if (m.matches()) {
				List<String> vs = new ArrayList<>();
				for (String v : values) {
					if (v != null && !v.isBlank()) {
						vs.add(v.strip());
					}
				}
				if (!vs.isEmpty()) {
					given.put(m.group(1), vs);
				}
			}
		});
		Map<String, List<String>> accepted = new LinkedHashMap<>();
		for (Open311Catalogue.Attribute a : catalogue.attributes(item.code())) {
			List<String> vs = given.remove(a.code());
			if (vs == null) {
				if (a.required() && a.variable()) {
					errors.add(new Open311Error.Entry("400", "attribute[" + a.code() + "] is required."));
				}
				continue;
			}
			String problem = AttributeCheck.problem(a, vs);
			if (problem != null) {
				errors.add(new Open311Error.Entry("400", "attribute[" + a.code() + "] " + problem));
			}
			else if (a.variable()) {
				accepted.put(a.code(), vs);
			}
		}
		given.keySet().forEach(code -> errors.add(new Open311Error.Entry("400",
				"attribute[" + code + "] is not an attribute of service " + item.code() + ".")));
		return accepted;
	}

	private String content(Item item, String description, Map<String, List<String>> attributes) {
		StringBuilder c = new StringBuilder(description != null ? description : item.name());
		if (!attributes.isEmpty()) {
			c.append("\n【附加信息】");
			Map<String, Open311Catalogue.Attribute> byCode = new LinkedHashMap<>();
			catalogue.attributes(item.code()).forEach(a -> byCode.put(a.code(), a));
			attributes.forEach((code, vs) -> {
				Open311Catalogue.Attribute a = byCode.get(code);
				c.append(a.description()).append("：");
				c.append(String.join("、", vs.stream().map(v -> a.values().getOrDefault(v, v)).toList()));
				c.append("；");
			});
		}
		return c.length() > 4000 ? c.substring(0, 4000) : c.toString();
	}

	static String single(Map<String, String[]> params, String name) {
		String[] v = params.get(name);
		if (v == null || v.length == 0 || v[0] == null || v[0].isBlank()) {
			return null;
		}
		return v[0].strip();
	}

	private static String limited(Map<String, String[]> params, String name, int max,
			List<Open311Error.Entry> errors) {
		String v = single(params, name);
		if (v != null && v.length() > max) {
			errors.add(new Open311Error.Entry("400", name + " must have at most " + max + " characters."));
			return null;
		}
		return v;
	}

	private static Double number(Map<String, String[]> params, String name, List<Open311Error.Entry> errors) {
		String v = single(params, name);
		if (v == null) {
			return null;
		}
		try {
			double d = Double.parseDouble(v);
			if (Double.isNaN(d) || Double.isInfinite(d)) {
				throw new NumberFormatException();
			}
			return d;
		}
		catch (NumberFormatException e) {
			errors.add(new Open311Error.Entry("400", name + " is not a number."));
			return null;
		}
	}

	private static String joinName(String last, String first) {
		if (last == null && first == null) {
			return null;
		}
		return ((last == null ? "" : last) + (first == null ? "" : first)).strip();
	}

	private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
		try {
			return name == null ? null : Enum.valueOf(type, name);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	/** Datatype checks of attribute values (GeoReport v2 datatypes). */
	static final class AttributeCheck {

		private AttributeCheck() {
		}

		static String problem(Open311Catalogue.Attribute a, List<String> values) {
			if (!a.datatype().equals("multivaluelist") && values.size() > 1) {
				return "takes one value.";
			}
			for (String v : values) {
				switch (a.datatype()) {
					case "number" -> {
						try {
							if (!Double.isFinite(Double.parseDouble(v))) {
								return "must be a number.";
							}
						}
						catch (NumberFormatException e) {
							return "must be a number.";
						}
					}
					case "datetime" -> {
						try {
							OffsetDateTime.parse(v);
						}
						catch (DateTimeParseException e) {
							return "must be an ISO 8601 date and time with a time zone.";
						}
					}
					case "singlevaluelist", "multivaluelist" -> {
						if (!a.values().containsKey(v)) {
							return "has no value " + v + ".";
						}
					}
					default -> {
						if (v.length() > 1000) {
							return "is too long.";
						}
					}
				}
			}
			return null;
		}
	}
}
