package org.liandong.workorder.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.liandong.identity.Actor;
import org.liandong.workorder.NewWorkOrder;
import org.liandong.workorder.PublicTimelineEntry;
import org.liandong.shared.PageQuery;
import org.liandong.shared.PageResult;
import org.liandong.shared.Redaction;
import org.liandong.workorder.Satisfaction;
import org.liandong.workorder.SharedTexts;
import org.liandong.workorder.WorkOrderFilter;
import org.liandong.workorder.WorkOrderSummary;
import org.liandong.workorder.WorkOrders;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The module's API for other modules, on top of the same service the REST API uses. */
@Component
class WorkOrdersFacade implements WorkOrders {

	private final WorkOrderService service;
	private final WorkOrderRepository repository;
	private final WorkOrderQuery query;
	private final Visibility visibility;
	private final JsonMapper json;
	private final java.time.Clock clock;
	private final JustTakenIn justTakenIn;
	private final Jurisdiction jurisdiction;

	WorkOrdersFacade(WorkOrderService service, WorkOrderRepository repository, WorkOrderQuery query,
			Visibility visibility, JsonMapper json, java.time.Clock clock, JustTakenIn justTakenIn,
			Jurisdiction jurisdiction) {
		this.justTakenIn = justTakenIn;
		this.jurisdiction = jurisdiction;
		this.service = service;
		this.repository = repository;
		this.query = query;
		this.visibility = visibility;
		this.json = json;
		this.clock = clock;
	}

	@Override
	@Transactional
	public WorkOrderSummary receive(NewWorkOrder n, String actor, String actorRole) {
		var request = new CreateWorkOrderRequest(n.channel() == null ? null : n.channel().name(), n.content(),
				n.nature() == null ? null : n.nature().name(), n.title(), n.citizenName(), n.citizenPhone(),
				n.address(), n.lat(), n.lon(), n.coordSystem(), n.regionCode(), n.itemCode(),
				n.urgency() == null ? null : n.urgency().name(), n.confidential(), n.attachments());
		return summary(service.receive(request, n.gridCode(), actor, actorRole));
	}

	@Override
	public boolean inJurisdiction(double lat, double lon, String coordSystem) {
		return Jurisdiction.wgs84(lat, lon, coordSystem).map(p -> jurisdiction.contains(p.lat(), p.lon())).orElse(false);
	}

	@Override
	public Optional<Boolean> inGrid(String gridCode, double lat, double lon, String coordSystem) {
		return Jurisdiction.wgs84(lat, lon, coordSystem).map(p -> jurisdiction.inGrid(gridCode, p.lat(), p.lon()))
			.orElse(Optional.of(false));
	}

	@Override
	@Transactional(readOnly = true)
	public PageResult<WorkOrderSummary> search(Actor actor, WorkOrderFilter f, PageQuery page) {
		var filter = new WorkOrderQuery.Filter(f.status(), f.unit(), f.region(), f.item(), f.urgency(), f.overdue(),
				f.channel(), f.from(), f.to(), f.q(), f.phone());
		return query.list(actor, filter, page).map(WorkOrdersFacade::listed);
	}

	@Override
	@Transactional(readOnly = true)
	public PageResult<WorkOrderSummary> queue(Actor actor, WorkOrderFilter f, org.liandong.workorder.QueueOrder order,
			PageQuery page) {
		var filter = new WorkOrderQuery.Filter(f.status(), f.unit(), f.region(), f.item(), f.urgency(), f.overdue(),
				f.channel(), f.from(), f.to(), f.q(), f.phone());
		return query.queue(actor, filter, order, page).map(WorkOrdersFacade::listed);
	}

	@Override
	public List<WorkOrderSummary> takenInAfter(java.time.Instant createdAt, String id, int limit) {
		return query.takenInAfter(createdAt, id == null ? "" : id, Math.max(1, Math.min(1000, limit))).stream()
			.map(WorkOrdersFacade::summary)
			.toList();
	}

	@Override
	public List<Position> positionsAfter(java.time.Instant createdAt, String id, int limit) {
		return query.positionsAfter(createdAt, id == null ? "" : id, Math.max(1, Math.min(1000, limit)));
	}

	@Override
	public List<String> newestIds(Actor actor, WorkOrderFilter f, int limit) {
		return query.newestIds(actor, filter(f), Math.max(1, Math.min(1000, limit)));
	}

	@Override
	public NewestWith findNewestWith(Actor actor, WorkOrderFilter f, int limit, List<String> alsoIds) {
		Set<String> matching = new HashSet<>();
		List<WorkOrderSummary> orders = query.newestWith(actor, filter(f), Math.max(1, Math.min(1000, limit)),
				alsoIds.stream().distinct().toList(), matching)
			.stream()
			.map(WorkOrdersFacade::summary)
			.toList();
		return new NewestWith(orders, Set.copyOf(matching));
	}

	private static WorkOrderQuery.Filter filter(WorkOrderFilter f) {
		return new WorkOrderQuery.Filter(f.status(), f.unit(), f.region(), f.item(), f.urgency(), f.overdue(),
				f.channel(), f.from(), f.to(), f.q(), f.phone());
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<WorkOrderSummary> find(String idOrNumber) {
		return repository.find(idOrNumber).map(WorkOrdersFacade::summary);
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<WorkOrderSummary> findLocked(String idOrNumber) {
		return repository.findLocked(idOrNumber).map(WorkOrdersFacade::summary);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<WorkOrderSummary> findListed(String idOrNumber) {
		return repository.find(idOrNumber).map(WorkOrdersFacade::listed);
	}

	@Override
	@Transactional(readOnly = true)
	public List<WorkOrderSummary> findAllAsReadBy(Actor actor, List<String> ids) {
		return ids.isEmpty() ? List.of() : query.byIds(ids.stream().distinct().toList()).stream()
			.map(WorkOrdersFacade::listed)
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<WorkOrderSummary> findAll(List<String> ids) {
		return ids.isEmpty() ? List.of() : query.byIds(ids.stream().distinct().toList()).stream()
			.map(WorkOrdersFacade::summary)
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public boolean isVisibleTo(Actor actor, String idOrNumber) {
		return repository.find(idOrNumber).map(o -> visibility.canSee(actor, o)).orElse(false);
	}

	@Override
	public Set<String> visibleAmong(Actor actor, Collection<String> ids) {
		return query.visibleAmong(actor, ids);
	}

	@Override
	@Transactional
	public WorkOrderSummary act(Actor actor, String idOrNumber, String action, Map<String, Object> body) {
		service.act(actor, idOrNumber, action, (JsonNode) json.valueToTree(body));
		return repository.find(idOrNumber).map(o -> summary(o, actor)).orElseThrow();
	}

	@Override
	@Transactional
	public WorkOrderSummary actAs(String idOrNumber, String action, Map<String, Object> body, String actor,
			String actorRole) {
		return summary(service.actAs(idOrNumber, action, json.valueToTree(body), actor, actorRole));
	}

	@Override
	@Transactional
	public WorkOrderSummary revisitByCitizen(String idOrNumber, boolean resolved, Satisfaction satisfaction,
			String channel) {
		Map<String, Object> body = Map.of("reached", true, "resolved", resolved, "satisfaction", satisfaction.name(),
				"note", "citizen answered via " + channel);
		return summary(service.actAs(idOrNumber, "revisit", json.valueToTree(body), "citizen", "CITIZEN"));
	}

	@Override
	@Transactional(readOnly = true)
	public long countLedOrCoHandled(String unitCode, java.time.LocalDate from, java.time.LocalDate to) {
		return repository.countLedOrCoHandled(unitCode,
				from == null ? null : org.liandong.shared.Zones.startOf(from),
				to == null ? null : org.liandong.shared.Zones.startOf(to));
	}

	@Override
	@Transactional
	public void addSummonedUnit(String orderId, String unitCode) {
		repository.insertParticipant(orderId, unitCode, "SUMMONED");
	}

	@Override
	@Transactional
	public void recordOnTimeline(String orderId, String actor, String action, String note) {
		var order = repository.find(orderId).orElseThrow(() -> new org.liandong.shared.NotFoundException(
				"Work order " + orderId + " not found."));
		repository.appendTimeline(order.id, new TimelineEntry(clock.instant(), actor, null, action, order.status,
				order.status, note, List.of()));
	}

	@Override
	@Transactional(readOnly = true)
	public boolean awaitsRevisitAnswer(String idOrNumber) {
		return repository.find(idOrNumber).map(WorkOrder::awaitsRevisitAnswer).orElse(false);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<String> citizenPhone(String orderId) {
		return repository.byIdOrNumber("citizen_phone", orderId, (rs, n) -> rs.getString(1))
			.stream()
			.filter(java.util.Objects::nonNull)
			.findFirst();
	}

	@Override
	public Map<String, Citizen> citizens(Collection<String> orderIds) {
		return repository.citizens(orderIds);
	}

	@Override
	@Transactional(readOnly = true)
	public SharedTexts sharedTexts(Collection<String> orderIds) {
		List<String> ids = orderIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
		Map<String, Citizen> citizens = ids.isEmpty() ? Map.of() : repository.citizens(ids);
		return (orderId, text) -> {
			Citizen citizen = orderId == null ? null : citizens.get(orderId);
			return citizen == null ? Redaction.redact(text) : Redaction.redact(text, citizen.name(), citizen.phone());
		};
	}

	@Override
	public Optional<TakenIn> takenIn(String orderId) {
		return justTakenIn.get(orderId)
			.or(() -> repository.find(orderId).map(o -> new TakenIn(summary(o), o.citizenPhone)));
	}

	@Override
	public Map<String, org.liandong.workorder.ExtensionRequest> pendingExtensions(Collection<String> orderIds) {
		return query.pendingExtensions(List.copyOf(new java.util.LinkedHashSet<>(orderIds)));
	}

	@Override
	public Map<String, org.liandong.workorder.ReturnRequest> pendingReturns(Collection<String> orderIds) {
		return query.pendingReturns(List.copyOf(new java.util.LinkedHashSet<>(orderIds)));
	}

	@Override
	public Map<String, org.liandong.workorder.EarlierRouting> earlierRoutings(Collection<String> orderIds) {
		return query.earlierRoutings(List.copyOf(new java.util.LinkedHashSet<>(orderIds)));
	}

	@Override
	@Transactional(readOnly = true)
	public List<PublicTimelineEntry> publicTimeline(String idOrNumber) {
		return repository.find(idOrNumber)
			.map(o -> repository.timeline(o.id)
				.stream()
				.map(e -> new PublicTimelineEntry(e.at(), e.action(), e.toStatus()))
				.toList())
			.orElse(List.of());
	}

	static WorkOrderSummary summary(WorkOrder o) {
		return summary(o, new OrderText(o.title, o.content, o.result, o.answer));
	}

	/** The order in a list, whoever reads it: its text without the citizen's name and numbers. */
	private static WorkOrderSummary listed(WorkOrder o) {
		return summary(o, OrderText.of(o, true));
	}

	/** The order as this actor reads it: its text without the citizen for those who read the citizen masked. */
	private static WorkOrderSummary summary(WorkOrder o, Actor actor) {
		return summary(o, PersonalDataPolicy.text(actor, o));
	}

	private static WorkOrderSummary summary(WorkOrder o, OrderText text) {
		return new WorkOrderSummary(o.id, o.number, o.status, o.channel, o.nature, text.title(), text.content(),
				o.address, o.lat, o.lon, o.regionCode, o.gridCode, o.itemCode, o.urgency, o.confidential,
				o.leadUnitCode, List.copyOf(o.coUnitCodes), o.dispatchedAt, o.dueAt, o.warned, o.overdue, text.result(),
				o.reopenCount, o.masterId, o.createdAt, o.updatedAt, o.closedAt, o.version, o.signDueAt, o.signOverdue);
	}
}
