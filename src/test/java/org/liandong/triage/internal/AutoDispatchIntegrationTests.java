package org.liandong.triage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.liandong.identity.Role;
import org.liandong.support.IntegrationTest;
import org.liandong.support.TestActors;
import org.liandong.triage.Triage;
import org.liandong.workorder.Channel;
import org.liandong.workorder.NewWorkOrder;
import org.liandong.workorder.WorkOrderEvent;
import org.liandong.workorder.WorkOrderStatus;
import org.liandong.workorder.WorkOrderSummary;
import org.liandong.workorder.WorkOrders;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Automatic dispatch: only above the threshold, by the system, with the decision on the timeline. */
@IntegrationTest
class AutoDispatchIntegrationTests {

	@Autowired
	Triage triage;

	@Autowired
	WorkOrders workOrders;

	@Autowired
	MockMvc mvc;

	@Autowired
	org.springframework.context.ApplicationContext context;

	@Test
	void whileDisabledNoListenerTakesOrdersInSoIntakeWritesNoOutboxRowForIt() {
		assertThat(context.getBeanProvider(AutoDispatchListener.class).getIfAvailable()).isNull();
		WorkOrderSummary order = receive("竹岛街道海滨北路路灯不亮，晚上看不见路");
		assertThat(workOrders.find(order.id()).orElseThrow().status()).isEqualTo(WorkOrderStatus.RECEIVED);
	}

	AutoDispatch withThreshold(double threshold) {
		return new AutoDispatch(triage, workOrders, new TriageProperties("", "text", "一级标签", Duration.ofMinutes(1),
				0.05, false, 6, 0.5, "-", new TriageProperties.AutoDispatch(true, threshold), Duration.ofDays(15), "",
				0));
	}

	WorkOrderSummary receive(String content) {
		return workOrders.receive(new NewWorkOrder(Channel.HOTLINE, content, null, null, null, null, "环翠区竹岛街道海滨北路",
				null, null, null, null, null, null, null, false, List.of()), "test", "SYSTEM");
	}

	@Test
	void dispatchesAConfidentSuggestionToItsLeadUnitAndSaysWhyOnTheTimeline() throws Exception {
		WorkOrderSummary order = receive("竹岛街道海滨北路雨水井盖缺失，夜间行人容易跌倒");
		String lead = triage.suggest(SimilarRequests.text(order), order.address(), null, null, null).leadUnitCode();
		assertThat(lead).isNotNull();
		assertThat(withThreshold(0.0).consider(workOrders.find(order.id()).orElseThrow())).isTrue();
		WorkOrderSummary after = workOrders.find(order.id()).orElseThrow();
		assertThat(after.status()).isEqualTo(WorkOrderStatus.DISPATCHED);
		assertThat(after.leadUnitCode()).isEqualTo(lead);
		assertThat(after.itemCode()).isNotNull();
		String timeline = mvc.perform(get("/api/v1/work-orders/" + order.id() + "/timeline").with(TestActors.admin()))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(timeline).contains("AUTO-DISPATCH").contains("system");
	}

	@Test
	void leavesAnOrderInTheQueueWhenTheConfidenceIsNotAboveTheThreshold() {
		WorkOrderSummary order = receive("竹岛街道海滨北路雨水井盖缺失，夜间行人容易跌倒");
		assertThat(withThreshold(1.0).consider(order)).isFalse();
		assertThat(workOrders.find(order.id()).orElseThrow().status()).isEqualTo(WorkOrderStatus.RECEIVED);
	}

	@Test
	void neverDispatchesNonsense() {
		WorkOrderSummary order = receive("啊啊啊啊啊啊");
		assertThat(withThreshold(0.5).consider(order)).isFalse();
		assertThat(workOrders.find(order.id()).orElseThrow().status()).isEqualTo(WorkOrderStatus.RECEIVED);
	}
	@Test
	void anIntakeDeliveredAgainAfterAReturnWasApprovedLeavesTheOrderToTheDispatchers() throws Exception {
		WorkOrderSummary order = receive("竹岛街道海滨北路雨水井盖缺失，夜间行人容易跌倒");
		var received = new WorkOrderEvent.Received(order.id(), order.number(), Channel.HOTLINE, order.nature(), null,
				order.regionCode(), order.createdAt());
		AutoDispatch auto = withThreshold(0.0);
		auto.on(received);
		WorkOrderSummary dispatched = workOrders.find(order.id()).orElseThrow();
		assertThat(dispatched.status()).isEqualTo(WorkOrderStatus.DISPATCHED);
		mvc.perform(post("/api/v1/work-orders/{id}/request-return", order.id())
			.with(TestActors.handler(dispatched.leadUnitCode()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"不属于本单位\"}")).andExpect(status().isOk());
		mvc.perform(post("/api/v1/work-orders/{id}/approve-return", order.id())
			.with(TestActors.role(Role.DISPATCHER))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")).andExpect(status().isOk());
		assertThat(workOrders.find(order.id()).orElseThrow().status()).isEqualTo(WorkOrderStatus.RECEIVED);

		auto.on(received); // the intake's event delivered again, at a restart or retried
		assertThat(workOrders.find(order.id()).orElseThrow().status()).as("the return's approval stands")
			.isEqualTo(WorkOrderStatus.RECEIVED);
	}
}
