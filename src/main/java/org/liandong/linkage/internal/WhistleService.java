package org.liandong.linkage.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

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
import org.liandong.workorder.SharedTexts;
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
	private final WhistleRules rules;
	private final WorkOrders workOrders;
	private final Deadlines deadlines;
	private final Directory directory;
	private final LinkageProperties properties;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	WhistleService(WhistleRepository whistles, WhistleAccess access, WhistleRules rules, WorkOrders workOrders,
			Deadlines deadlines, Directory directory, LinkageProperties properties, ApplicationEventPublisher events,
			Clock clock) {
		this.whistles = whistles;
		this.access = access;
		this.rules = rules;
		this.workOrders = workOrders;
		this.deadlines = deadlines;
		this.directory = directory;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Blows a whistle. {@code orderReference} names the order the body refers to (read before the body is checked,
	 * so that an order the caller may not see answers 404 before a body error answers 400).
	 */
	@Transactional
	WhistleView blow(Actor actor, Supplier<String> orderReference, Supplier<WhistleRequests.Blow> body) {
		if (!access.mayBlow(actor)) {
			throw new ForbiddenException("Only a unit's handler may blow a whistle.");
		}
		WorkOrderSummary order = visibleOrder(actor, orderReference.get());
		WhistleRequests.Blow request;
		try {
			request = rules.read(body);
		}
		catch (InvalidRequestException e) {
			throw withSummonsErrors(e, actor, body);
		}
		if (order == null) { // the page names the order in its form, the API in its body
			order = visibleOrder(actor, request.workOrderId());
		}
		String unit = blowingUnit(actor, request);
		WhistleType type = WhistleRules.type(request.type());
		List<String> summoned = summonedUnits(unit, request.summonedUnitCodes());
		// like every matter no longer open (supervision, urging): a merged order lives on in its master
		if (order != null && !order.status().isOpen()) {
			throw new ConflictException("Work order " + order.number() + " is " + order.status()
					+ "; a whistle needs an open matter.");
		}
		String orderId = order == null ? null : order.id();
		String description = request.description().strip();
		Instant now = clock.instant();
		Instant due = now.plus(properties.limitOf(type));
		String id = UUID.randomUUID().toString();
		List<Whistle.Summons> summons = summoned.stream()
			.map(u -> new Whistle.Summons(u, null, null, false, false, null, null, null, null, null, null))
			.toList();
		String region = order != null ? order.regionCode()
				: directory.unit(unit).map(org.liandong.directory.Unit::regionCode).orElse(null);
		whistles.insert(new Whistle(id, type, orderId, unit, region, description, Whistle.OPEN, due, actor.username(),
				now, null, null, 0, summons));
		String note = WhistleRules.fit(type + " → " + String.join(", ", summoned) + ": " + description);
		whistles.append(id, new Whistle.Entry(now, actor.username(), "BLOWN", unit, note));
		deadlines.schedule(new DeadlineOwner(OWNER_TYPE, id), REPORT, now, TimeLimit.natural(properties.limitOf(type)));
		if (orderId != null) {
			for (String u : summoned) {
				workOrders.addSummonedUnit(orderId, u);
			}
			workOrders.recordOnTimeline(orderId, actor.username(), "WHISTLE", note);
		}
		events.publishEvent(new WhistleBlown(id, type, unit, orderId, summoned, due, now));
		return view(whistles.find(id).orElseThrow());
	}

	/** The order a whistle is blown on, when one is named: 404 when the caller may not see it. */
	private WorkOrderSummary visibleOrder(Actor actor, String reference) {
		if (reference == null || reference.isBlank()) {
			return null;
		}
		String r = reference.strip();
		// a number as typed (wh20261129000007) is the number
		return workOrders.find(r).or(() -> workOrders.find(r.toUpperCase(java.util.Locale.ROOT)))
			.filter(o -> workOrders.isVisibleTo(actor, o.id()))
			.orElseThrow(() -> new NotFoundException("Work order " + reference + " not found."));
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
		PageResult<Whistle> found = whistles.search(units, actor.regionScope(), open, workOrderId, page);
		// one read of the orders' citizens for the page
		SharedTexts texts = workOrders.sharedTexts(found.content().stream().map(Whistle::workOrderId).toList());
		return found.map(w -> WhistleView.of(w, List.of(), clock.instant(), texts));
	}

	@Transactional
	WhistleView report(Actor actor, String id, Supplier<WhistleRequests.Report> body) {
		Whistle w = visible(actor, id, true);
		// CONTRACT §1 precedence: 403 (the caller's unit was not summoned) before 400 (the body)
		if (!access.mayReportOn(actor, w)) {
			throw new ForbiddenException("Only a handler of a summoned unit may report on this whistle.");
		}
		WhistleRequests.Report request = rules.read(body);
		String unit = request.unitCode().strip();
		if (!access.mayReportFor(actor, unit)) {
			throw new ForbiddenException("Only a handler of " + unit + " may report for it.");
		}
		Whistle.Summons summons = w.summonsOf(unit);
		if (summons == null) { // an administrator naming a unit that was not summoned
			throw new InvalidRequestException("unitCode", "Unit " + unit + " is not summoned by this whistle.");
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
		String note = request.note().strip();
		whistles.report(id, unit, now, actor.username(), late, note, request.lat(), request.lon());
		whistles.append(id, new Whistle.Entry(now, actor.username(), late ? "REPORTED_LATE" : "REPORTED", unit, note));
		whistles.bumpVersion(id);
		boolean allIn = w.summons().stream().allMatch(s -> s.reported() || s.unitCode().equals(unit));
		if (allIn) {
			deadlines.complete(new DeadlineOwner(OWNER_TYPE, id), REPORT);
		}
		events.publishEvent(new WhistleReported(id, unit, late, now));
		return view(whistles.find(id).orElseThrow());
	}

	@Transactional
	WhistleView close(Actor actor, String id, Supplier<WhistleRequests.Close> body) {
		Whistle w = visible(actor, id, true);
		access.requireBlower(actor, w, "close");
		WhistleRequests.Close request = rules.read(body);
		checkVersion(w, request.version());
		if (!w.isOpen()) {
			throw new ConflictException("The whistle is already closed.");
		}
		Instant now = clock.instant();
		String note = request.note().strip();
		whistles.close(id, now, note);
		whistles.append(id, new Whistle.Entry(now, actor.username(), "CLOSED", w.unitCode(), note));
		whistles.bumpVersion(id);
		deadlines.completeAll(new DeadlineOwner(OWNER_TYPE, id));
		if (w.workOrderId() != null) {
			workOrders.recordOnTimeline(w.workOrderId(), actor.username(), "WHISTLE_CLOSED", note);
		}
		events.publishEvent(new WhistleClosed(id, w.unitCode(), now));
		return view(whistles.find(id).orElseThrow());
	}

	@Transactional
	WhistleView rate(Actor actor, String id, Supplier<WhistleRequests.Rate> body) {
		Whistle w = visible(actor, id, true);
		access.requireBlower(actor, w, "rate responders of");
		WhistleRequests.Rate request = rules.read(body);
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
		String named = request.unitCode() == null || request.unitCode().isBlank() ? null : request.unitCode().strip();
		if (access.blowsForOwnUnit(actor)) {
			// CONTRACT §7: the blowing unit is the caller's; naming another is not theirs to do
			if (named != null && !named.equals(actor.unitCode())) {
				throw new ForbiddenException("A handler blows the whistle for their own unit (" + actor.unitCode()
						+ ").");
			}
			return actor.unitCode();
		}
		if (named == null) {
			throw new InvalidRequestException("unitCode", "An administrator names the blowing unit (unitCode).");
		}
		if (directory.unit(named).isEmpty()) {
			throw new InvalidRequestException("unitCode", "Unknown unit " + named);
		}
		return named;
	}

	private List<String> summonedUnits(String blower, List<String> codes) {
		var result = new LinkedHashSet<String>();
		var errors = summonsErrors(blower, codes);
		if (!errors.isEmpty()) {
			throw new InvalidRequestException("Invalid summoned units.", errors);
		}
		codes.forEach(code -> result.add(code.strip()));
		return List.copyOf(result);
	}

	/** The summoned units that are unknown or the blowing unit itself, each by its index. */
	private List<InvalidRequestException.FieldError> summonsErrors(String blower, List<String> codes) {
		var errors = new ArrayList<InvalidRequestException.FieldError>();
		for (int i = 0; i < codes.size(); i++) {
			if (codes.get(i) == null || codes.get(i).isBlank()) {
				continue; // the bean constraints name it
			}
			String code = codes.get(i).strip();
			if (directory.unit(code).isEmpty()) {
				errors.add(new InvalidRequestException.FieldError("summonedUnitCodes[" + i + "]", "Unknown unit " + code));
			}
			else if (code.equals(blower)) {
				errors.add(new InvalidRequestException.FieldError("summonedUnitCodes[" + i + "]",
						"A unit cannot summon itself."));
			}
		}
		return errors;
	}

	/**
	 * A blow refused for its fields names the summoned units at fault too, not only once the other fields are right
	 * (outside check, 2026-11-28); a body that could not be read at all is refused as it was.
	 */
	private InvalidRequestException withSummonsErrors(InvalidRequestException refused, Actor actor,
			Supplier<WhistleRequests.Blow> body) {
		List<InvalidRequestException.FieldError> errors = new ArrayList<>(refused.errors());
		try {
			WhistleRequests.Blow blow = body.get();
			if (blow == null || blow.summonedUnitCodes() == null) {
				return refused;
			}
			String blower = access.blowsForOwnUnit(actor) ? actor.unitCode() : blow.unitCode();
			errors.addAll(summonsErrors(blower == null ? null : blower.strip(), blow.summonedUnitCodes()));
		}
		catch (RuntimeException unreadable) {
			return refused;
		}
		if (errors.size() == refused.errors().size()) {
			return refused;
		}
		errors.sort(java.util.Comparator.comparing(InvalidRequestException.FieldError::field));
		return new InvalidRequestException(errors.size() + " field(s) are invalid.", errors);
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
		SharedTexts texts = workOrders.sharedTexts(w.workOrderId() == null ? List.of() : List.of(w.workOrderId()));
		return WhistleView.of(w, timeline, clock.instant(), texts);
	}
}
