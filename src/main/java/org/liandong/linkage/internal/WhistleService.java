package org.liandong.linkage.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import org.liandong.deadline.DeadlineOwner;
import org.liandong.deadline.Deadlines;
import org.liandong.directory.Directory;
import org.liandong.identity.Actor;
import org.liandong.linkage.WhistleBlown;
import org.liandong.linkage.WhistleClosed;
import org.liandong.linkage.WhistleRated;
import org.liandong.linkage.WhistleReported;
import org.liandong.linkage.WhistleType;
import org.liandong.shared.ConflictException;
import org.liandong.shared.ForbiddenException;
import org.liandong.shared.InvalidRequestException;
import org.liandong.shared.NotFoundException;
import org.liandong.shared.PageQuery;
import org.liandong.shared.PageResult;
import org.liandong.shared.TimeLimit;
import org.liandong.workorder.WorkOrderSummary;
import org.liandong.workorder.WorkOrders;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Blowing, reporting, closing and rating whistles (CONTRACT §7), with their report limits as deadlines. */
@Service
class WhistleService {

	static final String OWNER_TYPE = "WHISTLE";
	static final String REPORT = "REPORT";

	private final WhistleRepository whistles;
	private final WhistleAccess access;
	private final WorkOrders workOrders;
	private final Deadlines deadlines;
	private final Directory directory;
	private final LinkageProperties properties;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	WhistleService(WhistleRepository whistles, WhistleAccess access, WorkOrders workOrders, Deadlines deadlines,
			Directory directory, LinkageProperties properties, ApplicationEventPublisher events, Clock clock) {
		this.whistles = whistles;
		this.access = access;
		this.workOrders = workOrders;
		this.deadlines = deadlines;
		this.directory = directory;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	WhistleView blow(Actor actor, WhistleRequests.Blow request) {
		String unit = blowingUnit(actor, request);
		WhistleType type = parseType(request.type());
		String orderId = null;
		if (request.workOrderId() != null && !request.workOrderId().isBlank()) {
			WorkOrderSummary order = workOrders.find(request.workOrderId().strip())
				.filter(o -> workOrders.isVisibleTo(actor, o.id()))
				.orElseThrow(() -> new NotFoundException("Work order " + request.workOrderId() + " not found."));
			if (order.status().isFinal()) {
				throw new ConflictException("Work order " + order.number() + " is " + order.status()
						+ "; a whistle needs an open matter.");
			}
			orderId = order.id();
		}
		List<String> summoned = summonedUnits(unit, request.summonedUnitCodes());
		Instant now = clock.instant();
		Instant due = now.plus(properties.limitOf(type));
		String id = UUID.randomUUID().toString();
		List<Whistle.Summons> summons = summoned.stream()
			.map(u -> new Whistle.Summons(u, null, null, false, false, null, null, null, null, null, null))
			.toList();
		whistles.insert(new Whistle(id, type, orderId, unit, request.description().strip(), Whistle.OPEN, due,
				actor.username(), now, null, null, 0, summons));
		whistles.append(id, new Whistle.Entry(now, actor.username(), "BLOWN", unit,
				type + " → " + String.join(", ", summoned) + ": " + request.description().strip()));
		deadlines.schedule(new DeadlineOwner(OWNER_TYPE, id), REPORT, now, TimeLimit.natural(properties.limitOf(type)));
		if (orderId != null) {
			for (String u : summoned) {
				workOrders.addSummonedUnit(orderId, u);
			}
			workOrders.recordOnTimeline(orderId, actor.username(), "WHISTLE",
					type + " → " + String.join(", ", summoned) + ": " + request.description().strip());
		}
		events.publishEvent(new WhistleBlown(id, type, unit, orderId, summoned, due, now));
		return view(whistles.find(id).orElseThrow());
	}

	@Transactional(readOnly = true)
	WhistleView get(Actor actor, String id) {
		return view(visible(actor, id, false));
	}

	@Transactional(readOnly = true)
	PageResult<WhistleView> list(Actor actor, String unit, Boolean open, String workOrderId, PageQuery page) {
		var scope = access.listScope(actor);
		java.util.Set<String> units = scope;
		if (unit != null && !unit.isBlank()) {
			var wanted = directory.unitAndDescendants(unit.strip());
			units = scope == null ? wanted : new java.util.HashSet<>(scope);
			if (scope != null) {
				units.retainAll(wanted);
			}
		}
		return whistles.search(units, open, workOrderId, page).map(w -> view(w, List.of()));
	}

	@Transactional
	WhistleView report(Actor actor, String id, WhistleRequests.Report request) {
		Whistle w = visible(actor, id, true);
		String unit = request.unitCode().strip();
		// CONTRACT §1 precedence: 403 (not this caller's unit) before 400 (not summoned, bad position)
		if (!access.mayReportFor(actor, unit)) {
			throw new ForbiddenException("Only a handler of " + unit + " may report for it.");
		}
		Whistle.Summons summons = w.summonsOf(unit);
		if (summons == null) {
			throw new InvalidRequestException("unitCode", "Unit " + unit + " is not summoned by this whistle.");
		}
		if ((request.lat() == null) != (request.lon() == null)) {
			throw new InvalidRequestException("lat", "Give both latitude and longitude, or neither.");
		}
		if (request.lat() != null && (Math.abs(request.lat()) > 90 || Math.abs(request.lon()) > 180)) {
			throw new InvalidRequestException("lat", "Latitude must lie in [-90, 90] and longitude in [-180, 180].");
		}
		checkVersion(w, request.version());
		if (!w.isOpen()) {
			throw new ConflictException("The whistle is closed; reports are no longer taken.");
		}
		if (summons.reported()) {
			throw new ConflictException("Unit " + unit + " has already reported.");
		}
		Instant now = clock.instant();
		boolean late = now.isAfter(w.reportDueAt());
		whistles.report(id, unit, now, actor.username(), late, request.note().strip(), request.lat(), request.lon());
		whistles.append(id, new Whistle.Entry(now, actor.username(), late ? "REPORTED_LATE" : "REPORTED", unit,
				request.note().strip()));
		whistles.bumpVersion(id);
		boolean allIn = w.summons().stream().allMatch(s -> s.reported() || s.unitCode().equals(unit));
		if (allIn) {
			deadlines.complete(new DeadlineOwner(OWNER_TYPE, id), REPORT);
		}
		events.publishEvent(new WhistleReported(id, unit, late, now));
		return view(whistles.find(id).orElseThrow());
	}

	@Transactional
	WhistleView close(Actor actor, String id, WhistleRequests.Close request) {
		Whistle w = visible(actor, id, true);
		access.requireBlower(actor, w, "close");
		checkVersion(w, request.version());
		if (!w.isOpen()) {
			throw new ConflictException("The whistle is already closed.");
		}
		Instant now = clock.instant();
		whistles.close(id, now, request.note().strip());
		whistles.append(id, new Whistle.Entry(now, actor.username(), "CLOSED", w.unitCode(), request.note().strip()));
		whistles.bumpVersion(id);
		deadlines.completeAll(new DeadlineOwner(OWNER_TYPE, id));
		if (w.workOrderId() != null) {
			workOrders.recordOnTimeline(w.workOrderId(), actor.username(), "WHISTLE_CLOSED", request.note().strip());
		}
		events.publishEvent(new WhistleClosed(id, w.unitCode(), now));
		return view(whistles.find(id).orElseThrow());
	}

	@Transactional
	WhistleView rate(Actor actor, String id, WhistleRequests.Rate request) {
		Whistle w = visible(actor, id, true);
		access.requireBlower(actor, w, "rate responders of");
		String unit = request.unitCode().strip();
		Whistle.Summons summons = w.summonsOf(unit);
		if (summons == null) {
			throw new InvalidRequestException("unitCode", "Unit " + unit + " is not summoned by this whistle.");
		}
		checkVersion(w, request.version());
		if (w.isOpen()) {
			throw new ConflictException("Close the whistle before rating its responders.");
		}
		if (summons.score() != null) {
			throw new ConflictException("Unit " + unit + " has already been rated.");
		}
		Instant now = clock.instant();
		String comment = request.comment() == null || request.comment().isBlank() ? null : request.comment().strip();
		whistles.rate(id, unit, request.score(), comment, now);
		whistles.append(id, new Whistle.Entry(now, actor.username(), "RATED", unit,
				request.score() + (comment == null ? "" : " · " + comment)));
		whistles.bumpVersion(id);
		events.publishEvent(new WhistleRated(id, unit, request.score(), now));
		return view(whistles.find(id).orElseThrow());
	}

	private Whistle visible(Actor actor, String id, boolean lock) {
		var found = lock ? whistles.lock(id) : whistles.find(id);
		return found.filter(w -> access.canSee(actor, w))
			.orElseThrow(() -> new NotFoundException("Whistle " + id + " not found."));
	}

	private String blowingUnit(Actor actor, WhistleRequests.Blow request) {
		if (access.blowsForOwnUnit(actor)) {
			return actor.unitCode();
		}
		if (access.mayBlow(actor)) {
			if (request.unitCode() == null || directory.unit(request.unitCode().strip()).isEmpty()) {
				throw new InvalidRequestException("unitCode", "An administrator names the blowing unit (unitCode).");
			}
			return request.unitCode().strip();
		}
		throw new ForbiddenException("Only a unit's handler may blow a whistle.");
	}

	private List<String> summonedUnits(String blower, List<String> codes) {
		var result = new LinkedHashSet<String>();
		var errors = new ArrayList<InvalidRequestException.FieldError>();
		for (int i = 0; i < codes.size(); i++) {
			String code = codes.get(i).strip();
			if (directory.unit(code).isEmpty()) {
				errors.add(new InvalidRequestException.FieldError("summonedUnitCodes[" + i + "]", "Unknown unit " + code));
			}
			else if (code.equals(blower)) {
				errors.add(new InvalidRequestException.FieldError("summonedUnitCodes[" + i + "]",
						"A unit cannot summon itself."));
			}
			result.add(code);
		}
		if (!errors.isEmpty()) {
			throw new InvalidRequestException("Invalid summoned units.", errors);
		}
		return List.copyOf(result);
	}

	private static WhistleType parseType(String type) {
		try {
			return WhistleType.valueOf(type.strip());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidRequestException("type", "type must be DAILY, KEY_TASK or EMERGENCY.");
		}
	}

	private static void checkVersion(Whistle w, Integer version) {
		if (version != null && version != w.version()) {
			throw new ConflictException("The whistle was changed meanwhile (version " + w.version() + ").");
		}
	}

	private WhistleView view(Whistle w) {
		return view(w, whistles.timeline(w.id()));
	}

	private WhistleView view(Whistle w, List<Whistle.Entry> timeline) {
		return WhistleView.of(w, timeline, clock.instant());
	}
}
