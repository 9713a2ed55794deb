package org.liandong.workorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.liandong.identity.Actor;
import org.liandong.identity.Role;
import org.liandong.shared.InvalidRequestException;
import org.liandong.shared.PageQuery;
import org.liandong.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The module API other modules use: channels take in orders, linkage summons units, citizens revisit. */
@IntegrationTest
class WorkOrdersApiIntegrationTests {

	static final Actor DISPATCHER = new Actor("u-d", "dispatcher1", "派单员", Role.DISPATCHER, null, "371000000000", Set.of());
	static final Actor STREET = new Actor("u-h", "h-ST-371002003", "竹岛", Role.HANDLER, "ST-371002003", null, Set.of());
	static final Actor CITY_DEPT = new Actor("u-c", "h-CSGLJ", "城管", Role.HANDLER, "CSGLJ", null, Set.of());

	@Autowired
	WorkOrders orders;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	private WorkOrderSummary portalOrder() {
		return orders.receive(new NewWorkOrder(Channel.WEB, "网上反映：海滨路路灯不亮", null, null, "赵六", "13700001234",
				"海滨路", 37.5, 122.1, "GCJ02", "371002003000", "G-TEST", null, null, false, List.of()), "portal", "CITIZEN");
	}

	@Test
	void aChannelTakesInAnOrderThatTheTimelineAttributesToIt() {
		WorkOrderSummary order = portalOrder();
		assertThat(order.status()).isEqualTo(WorkOrderStatus.RECEIVED);
		assertThat(order.channel()).isEqualTo(Channel.WEB);
		assertThat(order.gridCode()).isEqualTo("G-TEST");
		assertThat(order.lat()).isNotEqualTo(37.5);
		assertThat(orders.publicTimeline(order.number())).extracting(PublicTimelineEntry::action).containsExactly("RECEIVE");
		assertThat(orders.citizenPhone(order.id())).contains("13700001234");
	}

	@Test
	void takenInAfterPagesThroughEveryOrderOnceInIntakeOrderAlsoWhereTimesAreEqual() {
		List<WorkOrderSummary> same = List.of(portalOrder(), portalOrder(), portalOrder());
		java.time.Instant at = java.time.Instant.parse("2026-01-02T03:04:05.123456Z");
		for (WorkOrderSummary o : same) {
			jdbc.sql("UPDATE wo_order SET created_at = :at WHERE id = :id")
				.param("at", at.atOffset(java.time.ZoneOffset.UTC))
				.param("id", o.id())
				.update();
		}
		List<WorkOrderSummary> all = new java.util.ArrayList<>();
		java.time.Instant after = java.time.Instant.EPOCH;
		String afterId = "";
		for (List<WorkOrderSummary> page = orders.takenInAfter(after, afterId, 2); !page.isEmpty();
				page = orders.takenInAfter(after, afterId, 2)) {
			all.addAll(page);
			after = page.get(page.size() - 1).createdAt();
			afterId = page.get(page.size() - 1).id();
		}
		var order = java.util.Comparator.comparing(WorkOrderSummary::createdAt).thenComparing(WorkOrderSummary::id);
		for (int i = 1; i < all.size(); i++) {
			assertThat(order.compare(all.get(i - 1), all.get(i))).as("strictly after the one before").isNegative();
		}
		assertThat(all).hasSize(jdbc.sql("SELECT COUNT(*) FROM wo_order").query(Integer.class).single());
		assertThat(all).extracting(WorkOrderSummary::id).containsAll(same.stream().map(WorkOrderSummary::id).toList());
	}

	@Test
	void anOrderIsReadWithItsCoUnitsSortedWhicheverWayItIsLookedUp() {
		WorkOrderSummary order = portalOrder();
		assertThat(orders.find(order.id())).map(WorkOrderSummary::coUnitCodes).contains(List.of());
		orders.act(DISPATCHER, order.id(), "dispatch",
				Map.of("leadUnitCode", "CSGLJ", "coUnitCodes", List.of("ZJJ", "STHJJ")));
		assertThat(orders.find(order.id())).map(WorkOrderSummary::coUnitCodes).contains(List.of("STHJJ", "ZJJ"));
		assertThat(orders.find(order.number())).map(WorkOrderSummary::coUnitCodes).contains(List.of("STHJJ", "ZJJ"));
		assertThat(orders.findAll(List.of(order.id()))).singleElement()
			.extracting(WorkOrderSummary::coUnitCodes)
			.isEqualTo(List.of("STHJJ", "ZJJ"));
	}

	@Test
	void theNewestMatchesAreReadWithOtherOrdersInOneListEachOnceAndTheMatchesAreTold() {
		String phone = "1370000" + String.format("%04d", new java.util.Random().nextInt(10_000));
		List<WorkOrderSummary> callers = new java.util.ArrayList<>();
		for (int i = 0; i < 3; i++) {
			callers.add(orders.receive(new NewWorkOrder(Channel.WEB, "同一来电人第" + i + "次反映：路灯不亮", null, null,
					"钱七", phone, null, null, null, null, "371002003000", null, null, null, false, List.of()),
					"portal", "CITIZEN"));
		}
		WorkOrderSummary other = portalOrder();
		WorkOrderFilter byPhone = new WorkOrderFilter(null, null, null, null, null, null, null, null, null, null, phone);

		// the newest two of the caller's three, the other order besides, one of the caller's named again: each once
		var read = orders.findNewestWith(DISPATCHER, byPhone, 2,
				List.of(other.id(), callers.get(2).id(), "no-such-order", other.id()));
		assertThat(read.orders()).extracting(WorkOrderSummary::id)
			.containsExactlyInAnyOrder(callers.get(2).id(), callers.get(1).id(), other.id());
		assertThat(read.matching()).containsExactlyInAnyOrder(callers.get(2).id(), callers.get(1).id());
		assertThat(read.orders()).filteredOn(o -> o.id().equals(other.id())).singleElement()
			.extracting(WorkOrderSummary::content).isEqualTo(other.content());
		// as newestIds finds them, with nothing else named
		var alone = orders.findNewestWith(DISPATCHER, byPhone, 10, List.of());
		assertThat(alone.orders()).extracting(WorkOrderSummary::id)
			.containsExactlyInAnyOrderElementsOf(orders.newestIds(DISPATCHER, byPhone, 10));
		assertThat(alone.matching()).hasSize(3);
		// the filter's visibility is the actor's (a unit not involved sees none of them); named orders are read anyway
		var unseen = orders.findNewestWith(CITY_DEPT, byPhone, 10, List.of(other.id()));
		assertThat(unseen.matching()).isEmpty();
		assertThat(unseen.orders()).extracting(WorkOrderSummary::id).containsExactly(other.id());
	}

	@Test
	void theDispatchersPendingRequestsAreReadForManyOrdersAtOnceTheLatestOfEach() {
		WorkOrderSummary returnedTwice = portalOrder();
		WorkOrderSummary extended = portalOrder();
		WorkOrderSummary returnDecided = portalOrder();
		WorkOrderSummary untouched = portalOrder();
		for (WorkOrderSummary o : List.of(returnedTwice, extended, returnDecided, untouched)) {
			orders.act(DISPATCHER, o.id(), "dispatch", Map.of("leadUnitCode", "ST-371002003"));
		}
		orders.act(STREET, returnedTwice.id(), "request-return", Map.of("reason", "第一次：不属于本街道"));
		orders.act(DISPATCHER, returnedTwice.id(), "reject-return", Map.of("reason", "属地管理"));
		orders.act(STREET, returnedTwice.id(), "request-return", Map.of("reason", "第二次：已由区城管局受理"));
		orders.act(STREET, returnDecided.id(), "request-return", Map.of("reason", "已驳回的申请"));
		orders.act(DISPATCHER, returnDecided.id(), "reject-return", Map.of("reason", "属地管理"));
		orders.act(STREET, extended.id(), "sign", Map.of());
		java.time.Instant until = java.time.Instant.now().plus(java.time.Duration.ofDays(10))
			.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		orders.act(STREET, extended.id(), "request-extension", Map.of("until", until.toString(), "reason", "需要协调"));
		List<String> ids = List.of(returnedTwice.id(), extended.id(), returnDecided.id(), untouched.id(), "no-such-order");

		var returns = orders.pendingReturns(ids);
		assertThat(returns).containsOnlyKeys(returnedTwice.id());
		assertThat(returns.get(returnedTwice.id()).unitCode()).isEqualTo("ST-371002003");
		assertThat(returns.get(returnedTwice.id()).reason()).isEqualTo("第二次：已由区城管局受理");
		assertThat(returns.get(returnedTwice.id()).requestedAt()).isNotNull();

		var extensions = orders.pendingExtensions(ids);
		assertThat(extensions).containsOnlyKeys(extended.id());
		assertThat(extensions.get(extended.id()).until()).isEqualTo(until);
		assertThat(extensions.get(extended.id()).reason()).isEqualTo("需要协调");
		assertThat(orders.pendingReturns(List.of())).isEmpty();
		assertThat(orders.pendingExtensions(List.of())).isEmpty();

		// the unit's reason as every list shows text: without phone numbers (regression check, 2026-11-29)
		WorkOrderSummary withNumber = portalOrder();
		orders.act(DISPATCHER, withNumber.id(), "dispatch", Map.of("leadUnitCode", "ST-371002003"));
		orders.act(STREET, withNumber.id(), "request-return", Map.of("reason", "电话13812345678未接通，不属于本街道"));
		assertThat(orders.pendingReturns(List.of(withNumber.id())).get(withNumber.id()).reason())
			.isEqualTo("电话[电话已隐去]未接通，不属于本街道");
	}

	@Test
	void anOrderIsFoundByItsIdAndByItsNumberAndAnUnknownKeyFindsNothing() {
		WorkOrderSummary order = portalOrder();
		assertThat(orders.find(order.id())).map(WorkOrderSummary::number).contains(order.number());
		assertThat(orders.find(order.number())).map(WorkOrderSummary::id).contains(order.id());
		assertThat(orders.citizenPhone(order.number())).contains("13700001234");
		assertThat(orders.find(java.util.UUID.randomUUID().toString())).isEmpty();
		assertThat(orders.find(order.number() + "9")).isEmpty();
		assertThat(orders.citizenPhone("no-such-order")).isEmpty();
	}

	@Test
	void invalidInputFromAChannelIsRefusedAndNothingIsStored() {
		assertThatThrownBy(() -> orders.receive(new NewWorkOrder(Channel.WEB, " ", null, null, null, null, null, null,
				null, null, null, null, null, null, false, List.of()), "portal", "CITIZEN"))
			.isInstanceOf(InvalidRequestException.class);
	}

	@Test
	void aSummonedUnitSeesTheOrderAndTimelineNotesAreRecorded() {
		WorkOrderSummary order = portalOrder();
		orders.act(DISPATCHER, order.id(), "dispatch", Map.of("leadUnitCode", "ST-371002003"));
		assertThat(orders.isVisibleTo(CITY_DEPT, order.id())).isFalse();
		orders.addSummonedUnit(order.id(), "CSGLJ");
		orders.addSummonedUnit(order.id(), "CSGLJ");
		assertThat(orders.isVisibleTo(CITY_DEPT, order.id())).isTrue();
		orders.recordOnTimeline(order.id(), "h-ST-371002003", "WHISTLE", "吹哨：城管执法到场");
		assertThat(orders.publicTimeline(order.id())).extracting(PublicTimelineEntry::action).contains("WHISTLE");
		assertThat(orders.search(CITY_DEPT, WorkOrderFilter.none(), PageQuery.of(0, 1000)).content())
			.extracting(WorkOrderSummary::id).contains(order.id());
	}

	@Test
	void theCitizensOwnRevisitClosesTheOrder() {
		WorkOrderSummary order = portalOrder();
		orders.act(DISPATCHER, order.id(), "dispatch", Map.of("leadUnitCode", "ST-371002003"));
		orders.act(STREET, order.id(), "sign", Map.of());
		orders.act(STREET, order.id(), "reply", Map.of("result", "已更换灯泡"));
		WorkOrderSummary closed = orders.revisitByCitizen(order.number(), true, Satisfaction.SATISFIED, "portal");
		assertThat(closed.status()).isEqualTo(WorkOrderStatus.CLOSED);
		assertThat(orders.search(STREET, new WorkOrderFilter("CLOSED", null, null, null, null, null, null, null, null,
				order.number(), null), PageQuery.of(0, 10)).totalElements()).isEqualTo(1);
	}
}
