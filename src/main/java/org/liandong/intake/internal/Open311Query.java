package org.liandong.intake.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.liandong.directory.Directory;
import org.liandong.directory.Item;
import org.liandong.identity.Actor;
import org.liandong.identity.Role;
import org.liandong.shared.InLists;
import org.liandong.shared.PageQuery;
import org.liandong.shared.PageResult;
import org.liandong.shared.Redaction;
import org.liandong.shared.Zones;
import org.liandong.workorder.Nature;
import org.liandong.workorder.WorkOrderFilter;
import org.liandong.workorder.WorkOrderStatus;
import org.liandong.workorder.WorkOrderSummary;
import org.liandong.workorder.WorkOrders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code GET requests}, {@code GET requests/{id}} and {@code GET tokens/{token}}: public answers without personal
 * data. Only requests of a service offered are listed or found (every one names a service a client can read, as the
 * spec has every request carry its service_code); REPORT (举报) orders (by nature or by item) and confidential orders
 * never are; free text is redacted.
 */
@Component
class Open311Query {

	static final int MAX_RESULTS = 1000;

	static final Duration MAX_RANGE = Duration.ofDays(90);

	/** Reads run as a system actor that sees every order; what leaves is filtered here. */
	private static final Actor PUBLIC_READER = new Actor("open311-public", "open311-public", "Open311", Role.ADMIN,
			null, null, Set.of());

	private static final WorkOrders.Citizen NO_CITIZEN = new WorkOrders.Citizen(null, null);

	private final WorkOrders orders;
	private final Directory directory;
	private final JdbcClient jdbc;
	private final Clock clock;
	private final Open311Catalogue catalogue;

	Open311Query(WorkOrders orders, Directory directory, JdbcClient jdbc, Clock clock, Open311Catalogue catalogue) {
		this.orders = orders;
		this.catalogue = catalogue;
		this.directory = directory;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Whether an order may be published at all: not confidential, not a report (举报) by its nature nor by its item (an
	 * operator may file a report under a REPORT item and leave the nature at its default).
	 */
	boolean isPublic(WorkOrderSummary o) {
		return !o.confidential() && o.nature() != Nature.REPORT && (o.itemCode() == null
				|| directory.item(o.itemCode()).map(i -> !Nature.REPORT.name().equals(i.nature())).orElse(true));
	}

	/** What was stored of a request posted through Open311 (an order taken in elsewhere has none). */
	private record Posted(String serviceCode, String addressId, String mediaUrl) {
	}

	/** A published order and the service it is shown under. */
	private record Published(WorkOrderSummary order, Item service, Posted posted) {
	}

	/**
	 * The service an order is published under, none when it is not published: its item when that is a service
	 * offered (as {@code services} lists them: enabled, public, no REPORT), so that every request a client reads names
	 * a service it can read. An order with no item yet (a portal, device or grid order) or with an item that takes no
	 * public requests (CX-0205) is not published. A request posted through Open311 always is, unless confidential or a
	 * report: when an operator has filed it under an item that is not offered since, or the service it was posted
	 * under has been withdrawn, it is shown under that service, so that its client can follow what it sent.
	 */
	private Optional<Item> service(WorkOrderSummary o, Posted posted) {
		Optional<Item> current = catalogue.service(o.itemCode());
		if (current.isPresent() || posted == null || posted.serviceCode() == null) {
			return current;
		}
		return directory.item(posted.serviceCode()).filter(i -> !Nature.REPORT.name().equals(i.nature()));
	}

	/** Of these orders, the ones published, in the same order, each with its service (read for all at once). */
	private List<Published> published(List<WorkOrderSummary> found) {
		List<WorkOrderSummary> open = found.stream().filter(this::isPublic).toList();
		Map<String, Posted> posted = posted(open.stream().map(WorkOrderSummary::id).toList());
		List<Published> out = new ArrayList<>();
		for (WorkOrderSummary o : open) {
			Posted p = posted.get(o.id());
			service(o, p).ifPresent(item -> out.add(new Published(o, item, p)));
		}
		return out;
	}

	private Map<String, Posted> posted(List<String> orderIds) {
		Map<String, Posted> out = new HashMap<>();
		for (List<String> part : InLists.of(orderIds)) {
			jdbc.sql("SELECT order_id, service_code, address_id, media_url FROM in_open311_request "
					+ "WHERE order_id IN (:ids)")
				.param("ids", InLists.padded(part))
				.query((rs, i) -> out.put(rs.getString(1), new Posted(rs.getString(2), rs.getString(3),
						rs.getString(4))))
				.list();
		}
		return out;
	}

	Optional<Map<String, Object>> one(String number) {
		return publishedOrder(number).map(p -> views(List.of(p)).get(0));
	}

	private Optional<Published> publishedOrder(String number) {
		return orders.find(number)
			.filter(o -> o.number().equals(number))
			.flatMap(o -> published(List.of(o)).stream().findFirst());
	}

	Optional<Map<String, Object>> token(String token) {
		return jdbc.sql("SELECT order_number FROM in_open311_request WHERE token = :t")
			.param("t", token)
			.query(String.class)
			.optional()
			.flatMap(this::publishedOrder)
			.map(p -> {
				Map<String, Object> m = new LinkedHashMap<>();
				m.put("service_request_id", p.order().number());
				m.put("token", token);
				return m;
			});
	}

	List<Map<String, Object>> list(Map<String, String[]> params) {
		String ids = Open311Intake.single(params, "service_request_id");
		if (ids != null) {
			// service_request_id overrides every other parameter.
			return views(split(ids).stream()
				.map(this::publishedOrder)
				.flatMap(Optional::stream)
				.limit(MAX_RESULTS)
				.toList());
		}
		Set<String> codes = split(Open311Intake.single(params, "service_code"));
		Set<String> statuses = split(Open311Intake.single(params, "status"));
		for (String s : statuses) {
			if (!s.equals("open") && !s.equals("closed")) {
				throw Open311Error.badRequest("status must be open, closed or both separated by a comma.");
			}
		}
		Range range = range(Open311Intake.single(params, "start_date"), Open311Intake.single(params, "end_date"));
		if (range.empty()) {
			return List.of();
		}
		LocalDate from = range.from() == null ? null : Zones.cityDate(range.from());
		LocalDate to = Zones.cityDate(range.until()).plusDays(1);
		// one service asked for: searched by item (a request posted through Open311 and shown under the service it
		// was posted under, as its item is not offered, is found by that item's code only among several)
		String item = codes.size() == 1 ? codes.iterator().next() : null;
		List<Published> out = new ArrayList<>();
		for (int page = 0; out.size() < MAX_RESULTS; page++) {
			PageResult<WorkOrderSummary> batch = orders.search(PUBLIC_READER,
					new WorkOrderFilter(null, null, null, item, null, null, null, from, to, null, null),
					new PageQuery(page, PageResult.MAX_SIZE));
			List<WorkOrderSummary> candidates = batch.content()
				.stream()
				.filter(o -> range.contains(o.createdAt())
						&& (statuses.isEmpty() || statuses.contains(open311Status(o.status()))))
				.toList();
			for (Published p : published(candidates)) {
				if (out.size() < MAX_RESULTS && (codes.isEmpty() || codes.contains(p.service().code()))) {
					out.add(p);
				}
			}
			if (page + 1 >= batch.totalPages()) {
				break;
			}
		}
		return views(out);
	}

	/**
	 * The instants a search covers: from {@code from} (inclusive; none: no lower bound) until {@code until}
	 * (exclusive). The dates are compared at the precision the answers show them, whole seconds: a start_date takes in
	 * the whole second it names and so does an end_date (a request shown as requested at 09:58:31 is found by
	 * either, though stored as 09:58:31.531). {@code empty} when a start_date alone lies in the future.
	 */
	record Range(Instant from, Instant until, boolean empty) {

		boolean contains(Instant at) {
			return (from == null || !at.isBefore(from)) && at.isBefore(until);
		}
	}

	/**
	 * The range of a search, as the spec's "earliest" and "latest datetime to include": both given, at most 90 days
	 * apart; a start_date alone, from it until now; an end_date alone, everything until it; neither, the last 90 days.
	 * The 1,000 newest requests of the range are answered.
	 */
	private Range range(String start, String end) {
		Instant s = start == null ? null : instant("start_date", start).truncatedTo(ChronoUnit.SECONDS);
		Instant e = end == null ? null : instant("end_date", end).truncatedTo(ChronoUnit.SECONDS);
		if (e != null && DATE_ONLY.matcher(end.strip()).matches()) {
			e = e.plus(Duration.ofDays(1)).minusSeconds(1); // a day named alone: the whole day
		}
		if (s != null && e != null) {
			if (e.isBefore(s)) {
				throw Open311Error.badRequest("end_date must not be before start_date.");
			}
			if (Duration.between(s, e).compareTo(MAX_RANGE) > 0) {
				throw Open311Error.badRequest("start_date and end_date may be at most 90 days apart.");
			}
			return new Range(s, e.plusSeconds(1), false);
		}
		Instant now = clock.instant();
		if (s != null) {
			// (one yet to come finds nothing, rather than a refusal that names an end_date never sent)
			return new Range(s, now.plusSeconds(1), s.isAfter(now));
		}
		if (e != null) {
			return new Range(null, e.plusSeconds(1), false);
		}
		return new Range(now.minus(MAX_RANGE), now.plusSeconds(1), false);
	}

	/** A W3C date without a time (2026-11-29): the city's day. */
	private static final Pattern DATE_ONLY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	/** A date-time whose offset's {@code +} arrived as a space (sent unencoded in a query: 10:00:00 08:00). */
	private static final Pattern SPACE_FOR_PLUS = Pattern.compile("(.*T[\\d:.]+) (\\d{2}:\\d{2})");

	/**
	 * A W3C date-time with its zone, a date alone (the start of that day in the city), or a date-time whose offset's
	 * {@code +} a client left unencoded (read as a space).
	 */
	private static Instant instant(String name, String value) {
		String v = value.strip();
		try {
			if (DATE_ONLY.matcher(v).matches()) {
				return Zones.startOf(LocalDate.parse(v));
			}
			Matcher unencoded = SPACE_FOR_PLUS.matcher(value);
			return OffsetDateTime.parse(unencoded.matches() ? unencoded.group(1) + "+" + unencoded.group(2) : v)
				.toInstant();
		}
		catch (DateTimeParseException ex) {
			throw Open311Error.badRequest(name + " must be a W3C date and time with a time zone, e.g. "
					+ "2026-01-20T08:00:00+08:00, or a date alone, e.g. 2026-01-20.");
		}
	}

	static String open311Status(WorkOrderStatus status) {
		return status.isOpen() ? "open" : "closed";
	}

	/** The public views of the orders, each redacted with its own citizen's name and phone (read for all at once). */
	private List<Map<String, Object>> views(List<Published> found) {
		Map<String, WorkOrders.Citizen> citizens = orders.citizens(found.stream().map(p -> p.order().id()).toList());
		return found.stream().map(p -> view(p, citizens.getOrDefault(p.order().id(), NO_CITIZEN))).toList();
	}

	private Map<String, Object> view(Published p, WorkOrders.Citizen citizen) {
		WorkOrderSummary o = p.order();
		// a name one text introduces (我叫张伟) goes from the others too, where it stands alone (张伟家门口)
		Set<String> names = new LinkedHashSet<>(Redaction.introducedNames(o.content()));
		names.addAll(Redaction.introducedNames(o.address()));
		names.addAll(Redaction.introducedNames(o.result()));
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("service_request_id", o.number());
		m.put("status", open311Status(o.status()));
		m.put("status_notes", StatusNotes.of(o, citizen, names));
		m.put("service_name", p.service().name());
		m.put("service_code", p.service().code());
		m.put("description", Redaction.redact(o.content(), citizen.name(), citizen.phone(), names));
		m.put("agency_responsible", o.leadUnitCode() == null ? null
				: directory.unit(o.leadUnitCode()).map(u -> u.name()).orElse(o.leadUnitCode()));
		m.put("service_notice", null);
		m.put("requested_datetime", Open311Dates.format(o.createdAt()));
		m.put("updated_datetime", Open311Dates.format(o.closedAt() != null ? o.closedAt() : o.updatedAt()));
		m.put("expected_datetime", Open311Dates.format(o.dueAt()));
		m.put("address", Redaction.redact(o.address(), citizen.name(), citizen.phone(), names));
		m.put("address_id", p.posted() == null ? null : p.posted().addressId());
		m.put("zipcode", null);
		m.put("lat", o.lat());
		m.put("long", o.lon());
		m.put("media_url", p.posted() == null ? null : p.posted().mediaUrl());
		return m;
	}

	private static Set<String> split(String list) {
		Set<String> out = new LinkedHashSet<>();
		if (list != null) {
			Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(out::add);
		}
		return out;
	}
}
