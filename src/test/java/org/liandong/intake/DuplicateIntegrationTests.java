package org.liandong.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.liandong.identity.Role;
import org.liandong.support.IntegrationTest;
import org.liandong.support.TestActors;
import org.liandong.workorder.Channel;
import org.liandong.workorder.NewWorkOrder;
import org.liandong.workorder.WorkOrderStatus;
import org.liandong.workorder.WorkOrderSummary;
import org.liandong.workorder.WorkOrders;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

/** Duplicate proposals: same caller, same place with similar text, stored at intake, merged with one action. */
@IntegrationTest
class DuplicateIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	WorkOrders orders;

	@Autowired
	JdbcClient jdbc;

	static String phone() {
		return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
	}

	WorkOrderSummary receive(String content, String phone, Double lat, Double lon) {
		return receive(content, phone, lat, lon, "371002003000");
	}

	WorkOrderSummary receive(String content, String phone, Double lat, Double lon, String regionCode) {
		return orders.receive(new NewWorkOrder(Channel.HOTLINE, content, null, null, null, phone, null, lat, lon,
				null, regionCode, null, null, null, false, List.of()), "operator1", "OPERATOR");
	}

	List<String> duplicateIds(String orderId) throws Exception {
		String json = mvc.perform(get("/api/v1/work-orders/" + orderId + "/duplicates").with(TestActors.role(Role.DISPATCHER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(json, "$[*].id");
	}

	@Test
	void theSameCallersOpenOrderAndASimilarOneNearbyAreProposedButAnUnrelatedOneIsNot() throws Exception {
		String caller = phone();
		String tag = Integer.toString(ThreadLocalRandom.current().nextInt(1000, 9999));
		var first = receive("查询社保卡补办进度" + tag, caller, null, null);
		var nearby = receive("海滨北路" + tag + "号门口路灯不亮已经一周了，晚上很黑", null, 37.5091, 122.1203);
		var unrelated = receive("海滨北路" + tag + "号小区物业乱收停车费", null, 37.5091, 122.1203);
		var fresh = receive("海滨北路" + tag + "号门口路灯一周不亮了，很黑", caller, 37.5095, 122.1206);

		// the place's orders come from the similarity index, which takes an order in just after its commit
		Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(
				() -> assertThat(duplicateIds(fresh.id())).contains(first.id(), nearby.id()));
		assertThat(duplicateIds(fresh.id())).doesNotContain(unrelated.id(), fresh.id());
	}

	/** A list: the candidates' titles without the citizen's name and numbers typed into them. */
	@Test
	void theProposedDuplicatesTitlesAreShownAsAListShowsThem() throws Exception {
		String caller = phone();
		var first = receive("我叫欧阳明轩，电话" + caller + "，社保卡补办进度查询", caller, null, null);
		var fresh = receive("社保卡补办进度再次查询", caller, null, null);
		Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(
				() -> assertThat(duplicateIds(fresh.id())).contains(first.id()));
		String json = mvc.perform(get("/api/v1/work-orders/" + fresh.id() + "/duplicates").with(TestActors.role(Role.DISPATCHER)))
			.andReturn().getResponse().getContentAsString();
		assertThat(json).contains("社保卡").doesNotContain(caller, "欧阳明轩");
	}

	@Test
	void aSimilarOrderJustAcrossTheStreetBoundaryIsProposedButOneFarAwayOrWithoutAPlaceIsNot() throws Exception {
		String tag = Integer.toString(ThreadLocalRandom.current().nextInt(1000, 9999));
		String text = "文化西路" + tag + "号路口井盖缺失，夜里有人绊倒";
		var otherStreetNear = receive(text, null, 37.5301, 122.0601, "371002002000");
		var otherStreetFar = receive(text, null, 37.4501, 122.1801, "371002002000");
		var nowhere = receive(text, null, null, null, null);
		var fresh = receive("文化西路" + tag + "号路口的井盖缺失了，有人绊倒", null, 37.5303, 122.0603, "371002003000");

		Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(
				() -> assertThat(duplicateIds(fresh.id())).as("within 300 m, though in another street")
					.contains(otherStreetNear.id()));
		assertThat(duplicateIds(fresh.id())).doesNotContain(otherStreetFar.id(), nowhere.id());
		assertThat(duplicateIds(nowhere.id())).as("no place and no caller: nothing to compare").isEmpty();
	}

	@Test
	void proposalsAreStoredAtIntakeAndSettledByTheMerge() throws Exception {
		String caller = phone();
		var master = receive("路灯不亮，位置在竹岛公园东门", caller, null, null);
		var duplicate = receive("竹岛公园东门的路灯不亮", caller, null, null);
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> proposal(duplicate.id(), master.id()) != null);
		assertThat(proposal(duplicate.id(), master.id())).isEqualTo("PROPOSED");

		mvc.perform(post("/api/v1/work-orders/" + duplicate.id() + "/merge").with(TestActors.role(Role.DISPATCHER))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"masterId\":\"" + master.id() + "\"}")).andExpect(status().isOk());

		assertThat(orders.find(duplicate.id()).orElseThrow().status()).isEqualTo(WorkOrderStatus.MERGED);
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> "MERGED".equals(proposal(duplicate.id(), master.id())));
	}

	@Test
	void anOrderTheCallerMayNotSeeAnswers404() throws Exception {
		var order = receive("噪音扰民，夜里施工", null, null, null);
		mvc.perform(get("/api/v1/work-orders/" + order.id() + "/duplicates").with(TestActors.handler("CSGLJ")))
			.andExpect(status().isNotFound());
	}

	String proposal(String orderId, String candidateId) {
		return jdbc.sql("SELECT status FROM in_duplicate WHERE order_id = :o AND candidate_id = :c")
			.param("o", orderId)
			.param("c", candidateId)
			.query(String.class)
			.optional()
			.orElse(null);
	}
}
