package org.liandong.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.liandong.identity.Role;
import org.liandong.intake.TriageAdvisor;
import org.liandong.support.IntegrationTest;
import org.liandong.support.TestActors;
import org.liandong.workorder.Channel;
import org.liandong.workorder.NewWorkOrder;
import org.liandong.workorder.WorkOrderSummary;
import org.liandong.workorder.WorkOrders;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** {@code GET /api/v1/work-orders/{id}/similar} (CONTRACT §5). */
@IntegrationTest
class SimilarRequestsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	WorkOrders workOrders;

	@Autowired
	TriageAdvisor advisor;

	WorkOrderSummary receive(String content) {
		return workOrders.receive(new NewWorkOrder(Channel.HOTLINE, content, null, null, null, null, null, null, null,
				null, null, null, null, null, false, List.of()), "test", "SYSTEM");
	}

	List<Map<String, Object>> similar(String id) throws Exception {
		String body = mvc.perform(get("/api/v1/work-orders/" + id + "/similar?size=5").with(TestActors.admin()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		return JsonMapper.builder().build().readValue(body, new TypeReference<>() {
		});
	}

	@Test
	void findsTheRequestAboutTheSameProblemAndRanksItAboveAnUnrelatedOne() throws Exception {
		String marker = "鲸园" + UUID.randomUUID().toString().substring(0, 4);
		WorkOrderSummary first = receive(marker + "小区东门雨水井盖缺失多日，夜间行人容易跌倒，请尽快修复井盖");
		WorkOrderSummary duplicate = receive(marker + "小区东门的井盖丢了，晚上有人跌倒，请修复井盖");
		WorkOrderSummary unrelated = receive("楼上邻居装修噪音很大，周末早上七点就开始施工");
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			List<Map<String, Object>> hits = similar(first.id());
			assertThat(hits).extracting(h -> h.get("id")).contains(duplicate.id()).doesNotContain(first.id());
			// (the index holds what every test class of this context took in: orders about a manhole cover taken in
			// elsewhere may rank anywhere, so the duplicate is judged against this test's own orders)
			List<Map<String, Object>> ours = hits.stream()
				.filter(h -> h.get("id").equals(duplicate.id()) || h.get("id").equals(unrelated.id()))
				.toList();
			Map<String, Object> found = ours.get(0);
			assertThat(found.get("id")).isEqualTo(duplicate.id());
			assertThat(found.get("number")).isEqualTo(duplicate.number());
			assertThat(found.get("status")).isEqualTo("RECEIVED");
			assertThat((Double) found.get("score")).isBetween(0.3, 1.0);
			ours.stream().skip(1)
				.forEach(h -> assertThat((Double) h.get("score")).isLessThan((Double) found.get("score")));
		});
	}

	@Test
	void answers404WhenTheCallerMayNotSeeTheOrder() throws Exception {
		WorkOrderSummary order = receive("路灯不亮，影响夜间出行");
		mvc.perform(get("/api/v1/work-orders/" + order.id() + "/similar").with(TestActors.handler("CSGLJ")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/work-orders/no-such-order/similar").with(TestActors.role(Role.DISPATCHER)))
			.andExpect(status().isNotFound());
		for (String size : new String[] { "0", "-5" }) {
			mvc.perform(get("/api/v1/work-orders/" + order.id() + "/similar").param("size", size)
				.with(TestActors.admin()))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("size"));
		}
	}

	@Test
	void listsOnlyOrdersTheCallerMaySee() throws Exception {
		String marker = "刘公岛" + UUID.randomUUID().toString().substring(0, 4);
		WorkOrderSummary mine = receive(marker + "码头垃圾桶满溢，臭味很大无人清理");
		WorkOrderSummary theirs = receive(marker + "码头垃圾桶满了没人清理，臭味很大");
		dispatch(mine.id(), "ST-371002003");
		dispatch(theirs.id(), "CSGLJ");
		await().atMost(Duration.ofSeconds(10)).untilAsserted(
				() -> assertThat(similar(mine.id())).extracting(h -> h.get("id")).contains(theirs.id()));
		String body = mvc.perform(get("/api/v1/work-orders/" + mine.id() + "/similar")
			.with(TestActors.handler("ST-371002003")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(body).doesNotContain(theirs.id());
	}

	@Test
	void advisesIntakeWithASuggestionAndOpenOrdersLikeANewRequest() {
		String marker = "海源公园" + UUID.randomUUID().toString().substring(0, 4);
		WorkOrderSummary open = receive(marker + "南门路灯连续三晚不亮，行人看不清路");
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
				advisor.similar(marker + "南门的路灯晚上不亮", null, null, null, 3))
			.extracting(TriageAdvisor.SimilarOrder::id).contains(open.id()));
		assertThat(advisor.suggest("竹岛街道海滨北路雨水井盖缺失", null, null, null)).hasValueSatisfying(
				s -> assertThat(s.itemCode()).isNotBlank());
		assertThat(advisor.suggest(" ", null, null, null)).isEmpty();
	}

	@Test
	void advisesTheOrdersAMergeStillAcceptsAndNoFinalOnes() {
		String marker = "古寨" + UUID.randomUUID().toString().substring(0, 4);
		WorkOrderSummary shelved = receive(marker + "小区门口雨水井盖缺失，夜里有人踩空");
		WorkOrderSummary cancelled = receive(marker + "小区门口雨水井盖缺失，晚上有人踩空");
		var dispatcher = new org.liandong.identity.Actor("u-d", "dispatcher1", "派单员", Role.DISPATCHER, null,
				"371000000000", java.util.Set.of());
		var supervisor = new org.liandong.identity.Actor("u-s", "supervisor1", "督办", Role.SUPERVISOR, null,
				"371000000000", java.util.Set.of());
		WorkOrderSummary dispatched = workOrders.find(shelved.id()).orElseThrow();
		if (dispatched.status() == org.liandong.workorder.WorkOrderStatus.RECEIVED) {
			try {
				dispatched = workOrders.act(dispatcher, shelved.id(), "dispatch", Map.of("leadUnitCode", "CSGLJ"));
			}
			catch (RuntimeException autoDispatchedMeanwhile) {
				dispatched = workOrders.find(shelved.id()).orElseThrow();
			}
		}
		var handler = new org.liandong.identity.Actor("u-h", "h-" + dispatched.leadUnitCode(), "承办", Role.HANDLER,
				dispatched.leadUnitCode(), null, java.util.Set.of());
		workOrders.act(handler, shelved.id(), "sign", Map.of());
		assertThat(workOrders.act(supervisor, shelved.id(), "shelve", Map.of("reason", "纳入改造计划", "plan", "下季度"))
			.status()).isEqualTo(org.liandong.workorder.WorkOrderStatus.SHELVED);
		assertThat(workOrders.act(supervisor, cancelled.id(), "cancel", Map.of("reason", "误录")).status())
			.isEqualTo(org.liandong.workorder.WorkOrderStatus.CANCELLED);
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
				advisor.similar(marker + "小区门口雨水井盖缺失", null, null, null, 5))
			.extracting(TriageAdvisor.SimilarOrder::id)
			.as("a shelved order can still be a master; a cancelled one cannot")
			.contains(shelved.id())
			.doesNotContain(cancelled.id()));
	}

	void dispatch(String id, String unit) throws Exception {
		mvc.perform(post("/api/v1/work-orders/" + id + "/dispatch").with(TestActors.role(Role.DISPATCHER))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"leadUnitCode\":\"" + unit + "\"}")).andExpect(status().isOk());
	}
}
