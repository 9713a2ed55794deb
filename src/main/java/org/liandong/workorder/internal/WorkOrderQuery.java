package org.liandong.workorder.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.liandong.directory.Directory;
import org.liandong.identity.Actor;
import org.liandong.shared.InLists;
import org.liandong.shared.InvalidRequestException;
import org.liandong.shared.PageQuery;
import org.liandong.shared.PageResult;
import org.liandong.shared.PhoneNumbers;
import org.liandong.shared.Redaction;
import org.liandong.shared.RegionCodes;
import org.liandong.shared.Zones;
import org.liandong.workorder.Channel;
import org.liandong.workorder.EarlierRouting;
import org.liandong.workorder.ReturnRequest;
import org.liandong.workorder.Urgency;
import org.liandong.workorder.WorkOrderStatus;
import org.liandong.workorder.WorkOrders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Lists the orders a caller may see, with the filters of CONTRACT §4, newest first. */
@Component
class WorkOrderQuery {

	/** The list filters; every one optional. {@code status} may list several states separated by commas. */
	record Filter(String status, String unit, String region, String item, String urgency, Boolean overdue,
			String channel, LocalDate from, LocalDate to, String q, String phone) {
	}

	private final JdbcClient jdbc;
	private final Visibility visibility;
	private final Directory directory;

	WorkOrderQuery(JdbcClient jdbc, Visibility visibility, Directory directory) {
		this.jdbc = jdbc;
		this.visibility = visibility;
		this.directory = directory;
	}

	@Transactional(readOnly = true)
	public PageResult<WorkOrder> list(Actor actor, Filter f, PageQuery page) {
		return list(actor, f, page, true);
	}

	/**
	 * The ids of the first {@code limit} orders, newest first, without counting all matches (which can cost a scan)
	 * or reading the orders: for callers that read them together with others, or leave some out.
	 */
	@Transactional(readOnly = true)
	public List<String> newestIds(Actor actor, Filter f, int limit) {
		Map<String, Object> params = new HashMap<>();
		return ids(condition(actor, f, params), NEWEST_FIRST, params, new PageQuery(0, limit));
	}

	/**
	 * The newest orders (at most {@code limit}) the actor may see that match the filter, and the orders of
	 * {@code alsoIds}, each once, read in one statement (the first 500 of {@code alsoIds}; more in further ones); the
	 * ids of those that matched are added to {@code matching}. Not a transaction of its own: one statement needs
	 * none, and the duplicate check, which reads this for every order taken in, runs without one.
	 */
	public List<WorkOrder> newestWith(Actor actor, Filter f, int limit, List<String> alsoIds, Set<String> matching) {
		Map<String, Object> params = new HashMap<>();
		String condition = condition(actor, f, params);
		params.put("limit", limit);
		List<String> also = alsoIds.subList(0, Math.min(InLists.SIZE, alsoIds.size()));
		// the matches through their ids' subquery, as newestIds finds them; the other orders by id beside them
		String sql = "SELECT " + WorkOrderRepository.COLUMNS_WITH_CO_UNITS + ", 1 AS matched FROM wo_order WHERE id IN "
				+ "(SELECT o.id FROM wo_order o WHERE " + condition + " ORDER BY " + NEWEST_FIRST + " LIMIT :limit)";
		if (!also.isEmpty()) {
			sql += " UNION ALL SELECT " + WorkOrderRepository.COLUMNS_WITH_CO_UNITS + ", 0 AS matched FROM wo_order "
					+ "WHERE id IN (:also)";
			params.put("also", InLists.padded(also));
		}
		Map<String, WorkOrder> byId = new java.util.LinkedHashMap<>();
		jdbc.sql(sql).params(params).query((rs, n) -> {
			WorkOrder order = WorkOrderRepository.mapWithCoUnits(rs);
			if (rs.getInt("matched") == 1) {
				matching.add(order.id);
			}
			return order;
		}).list().forEach(o -> byId.putIfAbsent(o.id, o));
		if (alsoIds.size() > also.size()) {
			byIds(alsoIds.subList(also.size(), alsoIds.size())).forEach(o -> byId.putIfAbsent(o.id, o));
		}
		return List.copyOf(byId.values());
	}

	/** The pending extension requests of these orders, by order id, 500 orders a statement. */
	@Transactional(readOnly = true)
	public Map<String, org.liandong.workorder.ExtensionRequest> pendingExtensions(List<String> ids) {
		Map<String, org.liandong.workorder.ExtensionRequest> found = new HashMap<>();
		for (List<String> part : InLists.of(ids)) {
			jdbc.sql("SELECT id, extension_until, extension_reason FROM wo_order WHERE id IN (:ids) "
					+ "AND extension_until IS NOT NULL")
				.param("ids", part)
				.query((rs, n) -> found.put(rs.getString(1), new org.liandong.workorder.ExtensionRequest(
						rs.getObject(2, java.time.OffsetDateTime.class).toInstant(), rs.getString(3))))
				.list();
		}
		return found;
	}

	/**
	 * The pending return requests of these orders, by order id: of each order waiting for a decision on a return, its
	 * lead unit and its latest request's reason and time (as its timeline orders them), 500 orders a statement.
	 */
	@Transactional(readOnly = true)
	public Map<String, ReturnRequest> pendingReturns(List<String> ids) {
		Map<String, ReturnRequest> found = new HashMap<>();
		for (List<String> part : InLists.of(ids)) {
			// an order asked to be returned more than once: the later rows replace the earlier
			// the unit's reason as every list's text is shown: without the citizen's name and numbers (OrderText)
			jdbc.sql("SELECT o.id, o.lead_unit_code, t.note, t.at, o.citizen_name, o.citizen_phone FROM wo_order o "
					+ "JOIN wo_timeline t ON t.order_id = o.id "
					+ "WHERE o.id IN (:ids) AND o.status = :status AND t.action = 'REQUEST_RETURN' "
					+ "ORDER BY t.order_id, t.at, t.id")
				.param("ids", part)
				.param("status", WorkOrderStatus.RETURN_PENDING.name())
				.query((rs, n) -> found.put(rs.getString(1), new ReturnRequest(rs.getString(2),
						rs.getString(3) == null ? null : Redaction.redact(rs.getString(3), rs.getString(5),
								rs.getString(6)),
						rs.getObject(4, OffsetDateTime.class).toInstant())))
				.list();
		}
		return found;
	}

	/** The lead unit a DISPATCH or REASSIGN entry's note names ({@code lead ST-371002003, co-units …}). */
	private static final Pattern ROUTED_TO = Pattern.compile("^lead ([\\w-]+)");

	/**
	 * How the orders of these that are RECEIVED were routed before, by order id (see
	 * {@link EarlierRouting}): their routing and return entries walked in time order, 500 orders
	 * a statement. The unit's reason is redacted as every list's text is ({@link OrderText}).
	 */
	@Transactional(readOnly = true)
	public Map<String, EarlierRouting> earlierRoutings(List<String> ids) {
		Map<String, EarlierRouting> found = new HashMap<>();
		for (List<String> part : InLists.of(ids)) {
			Map<String, String[]> citizens = new HashMap<>();
			Map<String, String> asked = new HashMap<>();
			jdbc.sql("SELECT o.id, o.citizen_name, o.citizen_phone, t.action, t.note, t.at FROM wo_order o "
					+ "JOIN wo_timeline t ON t.order_id = o.id WHERE o.id IN (:ids) AND o.status = :status "
					+ "AND t.action IN ('DISPATCH', 'REASSIGN', 'REQUEST_RETURN', 'APPROVE_RETURN') "
					+ "ORDER BY t.order_id, t.at, t.id")
				.param("ids", part)
				.param("status", WorkOrderStatus.RECEIVED.name())
				.query((rs, n) -> {
					String id = rs.getString(1);
					citizens.putIfAbsent(id, new String[] { rs.getString(2), rs.getString(3) });
					String note = rs.getString(5);
					Instant at = rs.getObject(6, OffsetDateTime.class).toInstant();
					switch (rs.getString(4)) {
						case "DISPATCH", "REASSIGN" -> {
							Matcher m = ROUTED_TO.matcher(note == null ? "" : note);
							found.put(id, new EarlierRouting(m.find() ? m.group(1) : null, at,
									null, null));
							asked.remove(id);
						}
						case "REQUEST_RETURN" -> asked.put(id, note == null ? "" : note);
						default -> {
							var earlier = found.get(id);
							if (earlier != null) {
								String[] c = citizens.get(id);
								String reason = asked.remove(id);
								found.put(id, new EarlierRouting(earlier.leadUnitCode(),
										earlier.dispatchedAt(), Redaction.redact(
												reason == null ? "" : reason, c[0], c[1]), at));
							}
						}
					}
					return id;
				})
				.list();
		}
		return found;
	}

	/** Those of the orders (ids) the actor may see: the lists' visibility condition, for many ids at once. */
	@Transactional(readOnly = true)
	public Set<String> visibleAmong(Actor actor, Collection<String> ids) {
		if (ids.isEmpty()) {
			return Set.of();
		}
		Map<String, Object> params = new HashMap<>();
		String visible = visibility.condition(actor, params);
		params.put("ids", List.copyOf(new LinkedHashSet<>(ids)));
		return new HashSet<>(jdbc.sql("SELECT o.id FROM wo_order o WHERE " + visible + " AND o.id IN (:ids)")
			.params(params)
			.query(String.class)
			.list());
	}

	/** A working queue's page: see {@link org.liandong.workorder.QueueOrder}. */
	@Transactional(readOnly = true)
	public PageResult<WorkOrder> queue(Actor actor, Filter f, org.liandong.workorder.QueueOrder order, PageQuery page) {
		String orderBy = switch (order) {
			case MOST_URGENT_OLDEST -> "CASE o.urgency WHEN 'CRITICAL' THEN 0 WHEN 'URGENT' THEN 1 WHEN 'COMPLEX' THEN 2 "
					+ "ELSE 3 END, o.created_at, LENGTH(o.number), o.number";
			case MOST_LATE -> "CASE WHEN o.overdue OR (o.sign_overdue AND o.status = 'DISPATCHED') THEN 0 "
					+ "WHEN o.warned THEN 1 ELSE 2 END, "
					+ "CASE WHEN o.due_at IS NULL THEN 1 ELSE 0 END, o.due_at, o.created_at, LENGTH(o.number), o.number";
		};
		return list(actor, f, page, true, orderBy);
	}

	// Orders taken in the same instant (a fast machine, a bulk import) come newest number first: the id is random.
	private static final String NEWEST_FIRST = "o.created_at DESC, LENGTH(o.number) DESC, o.number DESC";

	private PageResult<WorkOrder> list(Actor actor, Filter f, PageQuery page, boolean count) {
		return list(actor, f, page, count, NEWEST_FIRST);
	}

	private PageResult<WorkOrder> list(Actor actor, Filter f, PageQuery page, boolean count, String orderBy) {
		Map<String, Object> params = new HashMap<>();
		String condition = condition(actor, f, params);
		long total = !count ? -1 : jdbc.sql("SELECT COUNT(*) FROM wo_order o WHERE " + condition)
			.params(params)
			.query(Long.class)
			.single();
		List<String> ids = ids(condition, orderBy, params, page);
		List<WorkOrder> orders = ids.isEmpty() ? List.of() : loadAll(ids);
		return PageResult.of(orders, page, count ? total : orders.size());
	}

	private List<String> ids(String condition, String orderBy, Map<String, Object> params, PageQuery page) {
		params.put("limit", page.size());
		params.put("offset", page.offset());
		return jdbc.sql("SELECT o.id FROM wo_order o WHERE " + condition + " ORDER BY " + orderBy
				+ " LIMIT :limit OFFSET :offset")
			.params(params)
			.query(String.class)
			.list();
	}

	/** The filter as an SQL condition on {@code wo_order o}, its parameters added to {@code params}. */
	private String condition(Actor actor, Filter f, Map<String, Object> params) {
		List<String> where = new ArrayList<>();
		where.add(visibility.condition(actor, params));
		if (notBlank(f.status())) {
			List<String> states = new ArrayList<>();
			for (String s : f.status().split(",")) {
				states.add(enumName(WorkOrderStatus.class, "status", s));
			}
			where.add("o.status IN (:status)");
			params.put("status", states);
		}
		if (notBlank(f.unit())) {
			var units = directory.unitAndDescendants(f.unit().strip());
			where.add(units.isEmpty() ? "1 = 0"
					: "EXISTS (SELECT 1 FROM wo_participant fp WHERE fp.order_id = o.id AND fp.unit_code IN (:units))");
			params.put("units", units.isEmpty() ? List.of("-") : units);
		}
		if (notBlank(f.region())) {
			String prefix = RegionCodes.prefix(f.region().strip());
			if (prefix == null) {
				throw new InvalidRequestException("region", "must be a 12-digit region code");
			}
			where.add(RegionCodes.startsWith("o.region_code", prefix, "regionPrefix", params));
		}
		if (notBlank(f.item())) {
			where.add("o.item_code = :item");
			params.put("item", f.item().strip());
		}
		if (notBlank(f.urgency())) {
			where.add("o.urgency = :urgency");
			params.put("urgency", enumName(Urgency.class, "urgency", f.urgency()));
		}
		if (notBlank(f.channel())) {
			where.add("o.channel = :channel");
			params.put("channel", enumName(Channel.class, "channel", f.channel()));
		}
		if (f.overdue() != null) {
			where.add("o.overdue = :overdue");
			params.put("overdue", f.overdue());
		}
		if (f.from() != null && f.to() != null && !f.to().isAfter(f.from())) {
			// (to is exclusive: from = to would name no day)
			throw new InvalidRequestException("to", "to must be after from (from inclusive, to exclusive).");
		}
		if (f.from() != null) {
			where.add("o.created_at >= :from");
			params.put("from", WorkOrderRepository.ts(Zones.startOf(f.from())));
		}
		if (f.to() != null) {
			where.add("o.created_at < :to");
			params.put("to", WorkOrderRepository.ts(Zones.startOf(f.to())));
		}
		if (notBlank(f.q())) {
			// the text of a confidential order is not searched for a caller from whom it hides its citizen: a
			// name or number typed in would otherwise find the order it is in
			String text = PersonalDataPolicy.hidesConfidentialCitizensFrom(actor)
					? "(o.confidential = FALSE AND (LOWER(o.title) LIKE :q OR LOWER(o.content) LIKE :q))"
					: "LOWER(o.title) LIKE :q OR LOWER(o.content) LIKE :q";
			where.add("(o.number = :qExact OR " + text + " OR LOWER(o.address) LIKE :q)");
			params.put("qExact", f.q().strip());
			params.put("q", "%" + f.q().strip().toLowerCase(Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%");
		}
		if (notBlank(f.phone())) {
			where.add("o.citizen_phone = :phone");
			params.put("phone", java.util.Objects.requireNonNullElse(PhoneNumbers.normalize(f.phone().strip()), ""));
		}
		return String.join(" AND ", where);
	}

	/** A keyset page in intake order: the orders after (createdAt, id). */
	@Transactional(readOnly = true)
	public List<WorkOrder> takenInAfter(java.time.Instant createdAt, String id, int limit) {
		List<String> ids = positionsAfter(createdAt, id, limit).stream().map(WorkOrders.Position::id).toList();
		return ids.isEmpty() ? List.of() : loadAll(ids);
	}

	/** The keyset page of {@link #takenInAfter}, the positions only. */
	List<WorkOrders.Position> positionsAfter(java.time.Instant createdAt, String id, int limit) {
		// "created_at >= :at" first, so that both databases read an index range from the key on (H2 walked the index
		// from its start for "created_at > :at OR (created_at = :at AND id > :id)": every page read all before it)
		return jdbc.sql("SELECT o.id, o.created_at FROM wo_order o WHERE o.created_at >= :at AND (o.created_at > :at "
				+ "OR o.id > :id) ORDER BY o.created_at, o.id LIMIT :limit")
			.param("at", WorkOrderRepository.ts(createdAt))
			.param("id", id)
			.param("limit", limit)
			.query((rs, n) -> new WorkOrders.Position(rs.getString("id"), WorkOrderRepository.instant(rs, "created_at")))
			.list();
	}

	/** The orders with these ids, in the given order; ids of no order are left out. */
	List<WorkOrder> byIds(List<String> ids) {
		List<WorkOrder> out = new ArrayList<>();
		for (List<String> part : InLists.of(ids)) {
			loadAll(part).stream()
				.filter(java.util.Objects::nonNull)
				.forEach(out::add);
		}
		return out;
	}

	private List<WorkOrder> loadAll(List<String> ids) {
		// the orders with their co-units in one statement (as a single read does), not a second query for them
		Map<String, WorkOrder> byId = new HashMap<>();
		jdbc.sql("SELECT " + WorkOrderRepository.COLUMNS_WITH_CO_UNITS + " FROM wo_order WHERE id IN (:ids)")
			.param("ids", InLists.padded(ids))
			.query((rs, n) -> WorkOrderRepository.mapWithCoUnits(rs))
			.list()
			.forEach(o -> byId.put(o.id, o));
		return ids.stream().map(byId::get).collect(java.util.stream.Collectors.toList());
	}

	private static <E extends Enum<E>> String enumName(Class<E> type, String field, String value) {
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT)).name();
		}
		catch (IllegalArgumentException e) {
			throw new InvalidRequestException(field, "must be one of " + Arrays.toString(type.getEnumConstants()));
		}
	}

	private static boolean notBlank(String s) {
		return s != null && !s.isBlank();
	}
}
