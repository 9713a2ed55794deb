package org.liandong.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.liandong.identity.Actor;
import org.liandong.support.IntegrationTest;
import org.liandong.support.Open311TestClients;
import org.liandong.workorder.Channel;
import org.liandong.workorder.Nature;
import org.liandong.workorder.NewWorkOrder;
import org.liandong.workorder.WorkOrderSummary;
import org.liandong.workorder.WorkOrders;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the public Open311 answers show of a stored request: well-formed XML whatever the text, and no names. */
@IntegrationTest
class Open311PublicAnswersIntegrationTests {

	static final Actor ADMIN = PortalIntegrationTests.ADMIN;

	@Autowired
	MockMvc mvc;

	@Autowired
	WorkOrders orders;

	final JsonMapper json = JsonMapper.builder().build();

	private String submit(Map<String, String> params) throws Exception {
		return submit(params, "demo-open311-key");
	}

	private String submit(Map<String, String> params, String apiKey) throws Exception {
		var request = post("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.characterEncoding("UTF-8")
			.param("api_key", apiKey)
			.param("service_code", "CE-0102")
			.param("address_string", "竹岛");
		params.forEach(request::param);
		String body = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return json.readTree(body).get(0).get("service_request_id").asString();
	}

	private WorkOrderSummary hotline(String content, String citizenName, String address) {
		return orders.receive(new NewWorkOrder(Channel.HOTLINE, content, Nature.COMPLAINT, null, citizenName,
				"13700000000", address, null, null, null, null, null, "CG-0101", null, false, List.of()), "operator1",
				"OPERATOR");
	}

	private JsonNode one(String number) throws Exception {
		String body = mvc.perform(get("/open311/v2/requests/" + number + ".json"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return json.readTree(body).get(0);
	}

	private byte[] xml(String path, String... params) throws Exception {
		var request = get(path);
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
	}

	private static void assertWellFormed(byte[] xml) {
		assertThatCode(() -> DocumentBuilderFactory.newInstance().newDocumentBuilder()
			.parse(new ByteArrayInputStream(xml))).doesNotThrowAnyException();
	}

	@Test
	void xmlAnswersStayWellFormedWhateverAStoredRequestSays() throws Exception {
		String posted = submit(Map.of("description", "bad\uFFFEchar\uFFFF end"));
		WorkOrderSummary taken = hotline("lone \uD800 surrogate and \uDC00 too, and a pair 𠀀", null, "竹岛\uFFFE路");
		byte[] one = xml("/open311/v2/requests/" + posted + ".xml");
		assertWellFormed(one);
		assertThat(new String(one, StandardCharsets.UTF_8))
			.contains("<description>badchar end</description>");
		assertWellFormed(xml("/open311/v2/requests/" + taken.number() + ".xml"));
		assertWellFormed(xml("/open311/v2/requests.xml"));
		assertWellFormed(xml("/open311/v2/requests.xml", "service_request_id", posted + "," + taken.number()));
	}

	@Test
	void anOrderFiledUnderAReportItemIsNotPublishedWhateverItsNature() throws Exception {
		// CE-0409 群发性事件 is a REPORT item; the order's nature is the default COMPLAINT
		WorkOrderSummary order = orders.receive(new NewWorkOrder(Channel.HOTLINE, "某小区门口聚集多人", Nature.COMPLAINT,
				null, null, null, null, null, null, null, null, null, "CE-0409", null, false, List.of()), "operator1",
				"OPERATOR");
		mvc.perform(get("/open311/v2/requests/" + order.number() + ".json")).andExpect(status().isNotFound());
		String listed = mvc.perform(get("/open311/v2/requests.json").param("service_request_id", order.number()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(listed).doesNotContain(order.number());
	}

	@Test
	void theRequestersOwnNameIsRemovedFromTheDescriptionWithoutATriggerWord() throws Exception {
		String number = submit(Map.of("first_name", "小明", "last_name", "王", "description",
				"王小明发现路边垃圾堆积，电话0631 5201234"));
		assertThat(one(number).get("description").asString()).isEqualTo("**发现路边垃圾堆积，电话[电话已隐去]");
	}

	@Test
	void aHotlineCitizensNameIsRemovedFromDescriptionAddressAndStatusNotes() throws Exception {
		WorkOrderSummary order = hotline("赵六反映楼道路灯不亮，赵 六住三楼", "赵六", "赵六家楼下，海滨北路");
		orders.act(ADMIN, order.id(), "dispatch", Map.of("leadUnitCode", "ST-371002003"));
		orders.act(ADMIN, order.id(), "sign", Map.of());
		orders.act(ADMIN, order.id(), "reply", Map.of("result", "已告知赵六：路灯已报修"));
		JsonNode view = one(order.number());
		assertThat(view.get("description").asString()).isEqualTo("**反映楼道路灯不亮，**住三楼");
		assertThat(view.get("address").asString()).isEqualTo("**家楼下，海滨北路");
		assertThat(view.get("status_notes").asString()).doesNotContain("赵六").contains("已告知**：路灯已报修");
	}

	@Test
	void aMergedRequestSaysItGoesOnWithAnotherOrderThenCarriesItsResult() throws Exception {
		WorkOrderSummary master = hotline("楼道路灯不亮", null, null);
		WorkOrderSummary duplicate = hotline("楼道路灯又不亮了", null, null);
		orders.act(ADMIN, duplicate.id(), "merge", Map.of("masterId", master.id()));
		JsonNode merged = one(duplicate.number());
		assertThat(merged.get("status").asString()).isEqualTo("closed");
		assertThat(merged.get("status_notes").asString())
			.isEqualTo("已合并 (MERGED)：与反映同一问题的其他工单合并办理，随其办结并答复。")
			.doesNotContain(master.number());
	}

	@Test
	void namesFollowedByABracketAndTheLatinNameInEitherOrderAreRemoved() throws Exception {
		// a client of its own: the demo key's rate is shared with the other Open311 tests of this context
		String apiKey = Open311TestClients.apiKey(mvc, "redaction test", 100);
		String posted = submit(Map.of("first_name", "John", "last_name", "Smith", "description",
				"Reported by John Smith (Smith John)"), apiKey);
		assertThat(one(posted).get("description").asString()).isEqualTo("Reported by ** (**)");
		WorkOrderSummary order = hotline("市民张伟（电话略）反映 垃圾堆积", null, null);
		orders.act(ADMIN, order.id(), "dispatch", Map.of("leadUnitCode", "ST-371002003"));
		orders.act(ADMIN, order.id(), "sign", Map.of());
		orders.act(ADMIN, order.id(), "reply", Map.of("result", "已联系市民张伟（电话13812345678，已告知）清理完毕"));
		JsonNode view = one(order.number());
		assertThat(view.get("description").asString()).isEqualTo("市民**（电话略）反映 垃圾堆积");
		assertThat(view.get("status_notes").asString()).endsWith("：已联系市民**（电话[电话已隐去]，已告知）清理完毕");
	}

	@Test
	void aNameTheDescriptionIntroducesIsRemovedFromTheAddressToo() throws Exception {
		String apiKey = Open311TestClients.apiKey(mvc, "address redaction test", 100);
		String body = mvc.perform(post("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.characterEncoding("UTF-8")
			.param("api_key", apiKey)
			.param("service_code", "CE-0102")
			.param("address_string", "张伟家门口，电话13812349999，海滨北路5号")
			.param("description", "我叫张伟，门口垃圾没人清")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		String number = json.readTree(body).get(0).get("service_request_id").asString();
		JsonNode view = one(number);
		assertThat(view.get("description").asString()).isEqualTo("我叫**，门口垃圾没人清");
		assertThat(view.get("address").asString()).isEqualTo("**家门口，电话[电话已隐去]，海滨北路5号");
		String listed = mvc.perform(get("/open311/v2/requests.json").param("service_request_id", number))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(json.readTree(listed).get(0).get("address").asString())
			.isEqualTo("**家门口，电话[电话已隐去]，海滨北路5号");
		// and a name the address or the unit's result introduces from the other texts
		WorkOrderSummary order = hotline("王建国家楼道堆放杂物", null, "联系人：王建国，海滨北路3号");
		orders.act(ADMIN, order.id(), "dispatch", Map.of("leadUnitCode", "ST-371002003"));
		orders.act(ADMIN, order.id(), "sign", Map.of());
		orders.act(ADMIN, order.id(), "reply", Map.of("result", "杂物已清理，已告知王建国"));
		JsonNode hotline = one(order.number());
		assertThat(hotline.get("description").asString()).isEqualTo("**家楼道堆放杂物");
		assertThat(hotline.get("address").asString()).isEqualTo("联系人：**，海滨北路3号");
		assertThat(hotline.get("status_notes").asString()).endsWith("：杂物已清理，已告知**");
	}

	@Test
	void idNumbersAndPhonesWrittenWithSeparatorsAreRemoved() throws Exception {
		WorkOrderSummary order = hotline("身份证370602-19900101-1234 垃圾堆积，身份证 370602 19900101 1234，"
				+ "370602 1990 0101 1234，回电138.1234.5678或1370-000-0000，工单WH20261128000057于2026-11-27转来",
				null, null);
		assertThat(one(order.number()).get("description").asString()).isEqualTo("身份证[身份证号已隐去] 垃圾堆积，"
				+ "身份证 [身份证号已隐去]，[身份证号已隐去]，回电[电话已隐去]或[电话已隐去]，工单WH20261128000057于2026-11-27转来");
	}

	@Test
	void aFourCharacterIntroducedNameIsRemoved() throws Exception {
		WorkOrderSummary order = hotline("联系人：欧阳娜娜，小区门口井盖缺失", null, null);
		assertThat(one(order.number()).get("description").asString()).isEqualTo("联系人：**，小区门口井盖缺失");
	}

	@Test
	void aOneCharacterNameDoesNotBlankOutACommonCharacter() throws Exception {
		String number = submit(Map.of("first_name", "路", "description", "路边垃圾堆积，路灯不亮"));
		assertThat(one(number).get("description").asString()).isEqualTo("路边垃圾堆积，路灯不亮");
	}
}
