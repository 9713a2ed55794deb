package org.liandong.supervision.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.liandong.deadline.BusinessCalendar;
import org.liandong.deadline.DeadlineOwner;
import org.liandong.deadline.Deadlines;
import org.liandong.directory.Directory;
import org.liandong.identity.Actor;
import org.liandong.identity.Role;
import org.liandong.shared.ConflictException;
import org.liandong.shared.ForbiddenException;
import org.liandong.shared.InvalidRequestException;
import org.liandong.shared.LimitMode;
import org.liandong.shared.NotFoundException;
import org.liandong.shared.PageQuery;
import org.liandong.shared.PageResult;
import org.liandong.shared.TimeLimit;
import org.liandong.supervision.OrderUrged;
import org.liandong.supervision.SupervisionLevel;
import org.liandong.supervision.SupervisionOpened;
import org.liandong.workorder.SharedTexts;
import org.liandong.workorder.WorkOrderStatus;
import org.liandong.workorder.WorkOrderSummary;
import org.liandong.workorder.WorkOrders;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens supervision orders and records urgings (CONTRACT §7): records on the order, never states. */
@Service
class SupervisionService {

	static final String OWNER_TYPE = "SUPERVISION";
	static final String KIND = "SUPERVISION";

	/** The states in which an order's clocks run and a breach of them opens a record (CONTRACT §4). */
	private static final Set<WorkOrderStatus> HANDLING = Set.of(WorkOrderStatus.DISPATCHED,
			WorkOrderStatus.IN_PROGRESS, WorkOrderStatus.RETURN_PENDING);

	private final Supervisions supervisions;
	private final WorkOrders workOrders;
	private final Deadlines deadlines;
	private final BusinessCalendar calendar;
	private final Directory directory;
	private final SupervisionProperties properties;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	SupervisionService(Supervisions supervisions, WorkOrders workOrders, Deadlines deadlines, BusinessCalendar calendar,
			Directory directory, SupervisionProperties properties, ApplicationEventPublisher events, Clock clock) {
		this.supervisions = supervisions;
		this.workOrders = workOrders;
		this.deadlines = deadlines;
		this.calendar = calendar;
		this.directory = directory;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	/** Who opens supervision orders: supervisors and leaders (and administrators). */
	static boolean maySupervise(Actor actor) {
		return actor.isAdmin() || actor.is(Role.SUPERVISOR) || actor.is(Role.LEADER);
	}

	/** Who urges units: those who supervise, and dispatchers. */
	static boolean mayUrge(Actor actor) {
		return maySupervise(actor) || actor.is(Role.DISPATCHER);
	}

	/** Whether {@link #supervise} accepts the order (the caller's rights aside): an open order, dispatched or not. */
	static boolean supervisable(WorkOrderSummary order) {
		return order.status().isOpen();
	}

	/** Whether {@link #urge} accepts the order (the caller's rights aside): an open order with a lead unit to urge. */
	static boolean urgeable(WorkOrderSummary order) {
		return order.status().isOpen() && order.leadUnitCode() != null;
	}

	/** Supervision requests: {@code dueAt} defaults to the level's limit from now. */
	record SuperviseRequest(String level, String reason, Instant dueAt) {
	}

	@Transactional
	Supervision supervise(Actor actor, String orderId, SuperviseRequest request) {
		return supervise(actor, orderId, () -> request);
	}

	/** The request is read only once the order's visibility (404) and the caller's rights (403) are checked. */
	@Transactional
	Supervision supervise(Actor actor, String orderId, java.util.function.Supplier<SuperviseRequest> body) {
		WorkOrderSummary order = visibleOrder(actor, orderId);
		if (!maySupervise(actor)) {
			throw new ForbiddenException("Only supervisors and leaders open supervision orders.");
		}
		SuperviseRequest request = body.get();
		SupervisionLevel level = parseLevel(request.level());
		if (request.reason() == null || request.reason().isBlank() || request.reason().length() > 2000) {
			throw new InvalidRequestException("reason", "reason is required (at most 2000 characters).");
		}
		Instant now = clock.instant();
		if (request.dueAt() != null && !request.dueAt().isAfter(now)) {
			throw new InvalidRequestException("dueAt", "dueAt must be in the future.");
		}
		if (request.dueAt() != null && Duration.between(now, request.dueAt()).compareTo(LimitMode.NATURAL.maximum()) > 0) {
			throw new InvalidRequestException("dueAt", "dueAt must be at most " + LimitMode.NATURAL.maximum().toDays()
					+ " days ahead.");
		}
		requireOpen(order);
		Supervision opened = open(order, level, request.reason().strip(), request.dueAt(), null, actor.username(),
				UUID.randomUUID().toString());
		return shown(opened);
	}

	/**
	 * Opens the automatic supervision of a breached deadline of the order, once per deadline row ({@code sourceKey}),
	 * against the unit whose clock it was. A late event opens nothing: the order no longer handled, another unit's
	 * by now, or (a sign deadline) signed since.
	 */
	@Transactional
	void openForBreach(String orderId, BreachedDeadline kind, String unitCode, String sourceKey) {
		workOrders.find(orderId)
			.filter(o -> HANDLING.contains(o.status()) && o.leadUnitCode() != null)
			.filter(o -> unitCode == null || unitCode.equals(o.leadUnitCode()))
			.filter(o -> kind != BreachedDeadline.SIGN || o.status() != WorkOrderStatus.IN_PROGRESS)
			.ifPresent(order -> open(order, properties.automaticLevel(), kind.reason(), null, kind, "system",
					"BREACH:" + sourceKey));
	}

	private Supervision open(WorkOrderSummary order, SupervisionLevel level, String reason, Instant dueAt,
			BreachedDeadline breach, String by, String sourceKey) {
		Instant now = clock.instant();
		TimeLimit limit = dueAt == null ? properties.limitOf(level)
				: TimeLimit.natural(Duration.between(now, dueAt));
		Instant due = dueAt == null ? calendar.due(now, limit) : dueAt;
		String unit = unitOf(order);
		var s = new Supervision(UUID.randomUUID().toString(), order.id(), order.number(), unit, level, reason, due,
				breach != null, by, now, false, true, null, null, breach);
		if (!supervisions.insert(s, sourceKey, order.regionCode())) {
			return null;
		}
		deadlines.schedule(new DeadlineOwner(OWNER_TYPE, s.id()), KIND, now, limit);
		workOrders.recordOnTimeline(order.id(), by, "SUPERVISED", level + ": " + reason);
		events.publishEvent(new SupervisionOpened(s.id(), order.id(), unit, level, breach != null, due, now));
		return s;
	}

	/** The unit a record on the order is against: its lead unit, none while the order waits for dispatch. */
	private static String unitOf(WorkOrderSummary order) {
		return order.status() == WorkOrderStatus.RECEIVED ? null : order.leadUnitCode();
	}

	@Transactional
	Urge urge(Actor actor, String orderId, String note) {
		return urge(actor, orderId, () -> note);
	}

	/** The note is read only once the order's visibility (404) and the caller's rights (403) are checked. */
	@Transactional
	Urge urge(Actor actor, String orderId, java.util.function.Supplier<String> body) {
		WorkOrderSummary order = visibleOrder(actor, orderId);
		if (!mayUrge(actor)) {
			throw new ForbiddenException("Only supervisors, dispatchers and leaders urge units.");
		}
		String note = body.get();
		if (note == null || note.isBlank() || note.length() > 2000) {
			throw new InvalidRequestException("note", "note is required (at most 2000 characters).");
		}
		requireOpen(order);
		if (!urgeable(order)) {
			throw new ConflictException("Work order " + order.number() + " has no lead unit to urge yet.");
		}
		var urge = new Urge(UUID.randomUUID().toString(), order.id(), order.number(), order.leadUnitCode(),
				note.strip(), actor.username(), clock.instant());
		supervisions.insert(urge, order.regionCode());
		workOrders.recordOnTimeline(order.id(), actor.username(), "URGED", urge.note());
		events.publishEvent(new OrderUrged(urge.id(), order.id(), urge.unitCode(), urge.note(), urge.urgedBy(),
				urge.at()));
		return urge.redacted(workOrders.sharedTexts(List.of(order.id())));
	}

	/**
	 * Ends the order's open supervisions when its handling is over (at {@code endedAt}); idempotent. A case opened
	 * after that moment is left open: the event may come again much later (delivered again at a restart or after a
	 * failure, docs/adr/0012), after a supervisor opened a case on the order's next round, which it must not end.
	 */
	@Transactional
	void endFor(String orderId, String reason, Instant endedAt) {
		for (Supervision s : supervisions.openOf(orderId)) {
			if (s.openedAt().isAfter(endedAt)) {
				continue;
			}
			close(s, reason);
		}
	}

	/**
	 * Ends the order's open automatic records about one deadline when the late act was done (at {@code doneAt}):
	 * signing ends a sign breach's, the first contact a response breach's. Idempotent; a record opened after that
	 * moment (the next round's) is left open.
	 */
	@Transactional
	void endBreachFor(String orderId, BreachedDeadline kind, Instant doneAt) {
		for (Supervision s : supervisions.openOf(orderId)) {
			if (s.breachKind() == kind && !s.openedAt().isAfter(doneAt)) {
				close(s, kind.endedBy());
			}
		}
	}

	/**
	 * The order left a unit (an approved return: {@code leadUnitCode} null; a dispatch or reassignment to another unit)
	 * at {@code at}: the open automatic records of any other unit end ({@code reason}), as they were about that unit's
	 * breach; the records a supervisor opened are about the matter and follow the order to its current lead unit
	 * (none while it waits for dispatch). Idempotent and order-independent: they follow the order as it is now.
	 */
	@Transactional
	void orderMoved(String orderId, String leadUnitCode, String reason, Instant at) {
		for (Supervision s : supervisions.openOf(orderId)) {
			if (s.automatic() && !s.openedAt().isAfter(at) && !java.util.Objects.equals(s.unitCode(), leadUnitCode)) {
				close(s, reason);
			}
		}
		workOrders.find(orderId)
			.filter(o -> o.status().isOpen())
			.ifPresent(o -> supervisions.follow(o.id(), unitOf(o), o.regionCode()));
	}

	private void close(Supervision s, String reason) {
		if (supervisions.close(s.id(), clock.instant(), reason)) {
			deadlines.completeAll(new DeadlineOwner(OWNER_TYPE, s.id()));
		}
	}

	@Transactional
	void flagOverdue(String supervisionId) {
		supervisions.find(supervisionId).filter(Supervision::open).ifPresent(s -> {
			if (supervisions.flagOverdue(s.id())) {
				workOrders.recordOnTimeline(s.workOrderId(), "system", "SUPERVISION_OVERDUE", s.level() + ": " + s.reason());
			}
		});
	}

	@Transactional(readOnly = true)
	PageResult<Supervision> list(Actor actor, String unit, Boolean open, String orderId, PageQuery page) {
		Set<String> units = scope(actor);
		if (unit != null && !unit.isBlank()) {
			Set<String> wanted = directory.unitAndDescendants(unit.strip());
			if (units != null) {
				wanted = new java.util.HashSet<>(wanted);
				wanted.retainAll(units);
			}
			units = wanted;
		}
		PageResult<Supervision> found = supervisions.search(units, actor.regionScope(), open, orderId, page);
		SharedTexts texts = textsOf(found.content());
		return found.map(s -> s.redacted(texts));
	}

	/** How the records' texts are shown to every reader ({@link Supervision#redacted}): one read for them all. */
	private SharedTexts textsOf(List<Supervision> records) {
		return workOrders.sharedTexts(records.stream().map(Supervision::workOrderId).toList());
	}

	private Supervision shown(Supervision s) {
		return s.redacted(textsOf(List.of(s)));
	}

	@Transactional(readOnly = true)
	List<Supervisions.UnitHistory> history(Actor actor) {
		return supervisions.history(scope(actor), actor.regionScope());
	}

	@Transactional(readOnly = true)
	Supervision get(Actor actor, String id) {
		// as the list shows them: a unit's records to its handlers (not another unit's on an order they were
		// summoned to; outside check, 2026-11-28), and those on orders the caller sees
		Set<String> units = scope(actor);
		return supervisions.find(id)
			// a record on an order waiting for dispatch has no unit: no unit's handlers see it (Set.of() refuses null)
			.filter(s -> units == null || s.unitCode() != null && units.contains(s.unitCode()))
			.filter(s -> workOrders.isVisibleTo(actor, s.workOrderId()))
			.map(this::shown)
			.orElseThrow(() -> new NotFoundException("Supervision " + id + " not found."));
	}

	/** Units whose records the actor sees; null for every unit. */
	private Set<String> scope(Actor actor) {
		if (actor.is(Role.HANDLER)) {
			return actor.unitCode() == null ? Set.of() : directory.unitAndDescendants(actor.unitCode());
		}
		return actor.is(Role.GRID_WORKER) ? Set.of() : null;
	}

	private WorkOrderSummary visibleOrder(Actor actor, String orderId) {
		return workOrders.find(orderId)
			.filter(o -> workOrders.isVisibleTo(actor, o.id()))
			.orElseThrow(() -> new NotFoundException("Work order " + orderId + " not found."));
	}

	private static void requireOpen(WorkOrderSummary order) {
		if (!supervisable(order)) {
			throw new ConflictException("Work order " + order.number() + " is " + order.status() + ".");
		}
	}

	private static SupervisionLevel parseLevel(String level) {
		try {
			return SupervisionLevel.valueOf(level == null ? "" : level.strip());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidRequestException("level", "level must be NORMAL, KEY or LISTED.");
		}
	}
}
