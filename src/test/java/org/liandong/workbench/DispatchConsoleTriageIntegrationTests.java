package org.liandong.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liandong.identity.Role;
import org.liandong.linkage.LinkageApi;
import org.liandong.support.IntegrationTest;
import org.liandong.support.TestActors;
import org.liandong.triage.OrderTriage;
import org.liandong.triage.TriageSuggestion;
import org.liandong.workorder.WorkOrders;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

/** The dispatcher console shows triage's suggestion next to each received order and dispatches with it. */
@IntegrationTest
class DispatchConsoleTriageIntegrationTests {

	static final String TEXT = "竹岛街道海滨北路雨水井盖缺失，夜间行人容易跌倒，请尽快处理";

	@Autowired
	MockMvc mvc;

	@Autowired
	OrderTriage orderTriage;

	@Autowired
	WorkOrders workOrders;

	LinkageApi api;

	RequestPostProcessor operator = TestActors.role(Role.OPERATOR);

	RequestPostProcessor dispatcher = httpBasic("dispatcher1", "demo123");

	@BeforeEach
	void setUp() {
		api = new LinkageApi(mvc);
	}

	String order(String itemJson) throws Exception {
		String body = "{\"channel\":\"HOTLINE\",\"content\":\"" + TEXT + "\"," + itemJson
				+ "\"citizenName\":\"王五\",\"citizenPhone\":\"13912345679\",\"address\":\"海滨北路9号\","
				+ "\"regionCode\":\"371002003000\"}";
		return api.read(api.post(operator, "/api/v1/work-orders", body).andExpect(status().isCreated())).get("id")
			.asString();
	}

	JsonNode read(String id) throws Exception {
		return api.read(api.get(operator, "/api/v1/work-orders/{id}", id));
	}

	/** An enabled item routed to a fixed unit, other than {@code not}. */
	JsonNode fixedUnitItem(String not) throws Exception {
		for (JsonNode item : api.read(api.get(TestActors.admin(), "/api/v1/items?size=1000")).get("content")) {
			JsonNode rule = item.get("unitRule");
			if (!item.get("code").asString().equals(not) && rule != null && !"LOCAL_STREET".equals(rule.get("type").asString())
					&& rule.get("unitCode") != null && !rule.get("unitCode").isNull()
					&& (!item.has("enabled") || item.get("enabled").asBoolean())) {
				return item;
			}
		}
		throw new AssertionError("no item with a fixed unit in the demo data");
	}

	@Test
	void theConsoleShowsTriagesSuggestionAndBulkDispatchUsesIt() throws Exception {
		String open = order("");
		TriageSuggestion suggested = orderTriage.suggest(workOrders.find(open).orElseThrow());
		assertThat(suggested.itemCode()).as("triage suggests an item for a clear request").isNotNull();
		assertThat(suggested.leadUnitCode()).isNotNull();
		assertThat(suggested.confidence()).isBetween(0.0, 1.0);
		JsonNode given = fixedUnitItem(suggested.itemCode());
		String withItem = order("\"itemCode\":\"" + given.get("code").asString() + "\",");
		TriageSuggestion routed = orderTriage.suggest(workOrders.find(withItem).orElseThrow());
		assertThat(routed.itemCode()).as("an order's own item is routed").isEqualTo(given.get("code").asString());
		assertThat(routed.leadUnitCode()).isEqualTo(given.get("unitRule").get("unitCode").asString());
		assertThat(routed.confidence()).isEqualTo(1.0);

		// (each found by its number: the console shows the 500 most pressing received orders, and the suite leaves
		// many)
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/workbench/dispatch")
			.param("q", read(open).get("number").asString())
			.with(dispatcher))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(read(open).get("number").asString()),
					containsString(suggested.itemCode() + " " + suggested.itemName()),
					containsString("value=\"" + suggested.itemCode() + "\""),
					containsString("value=\"" + suggested.leadUnitCode() + "\""), containsString("置信度"),
					containsString("按工单所在区划"), not(containsString("ORDER_REGION")),
					not(containsString("事项已在受理时确定")))));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/workbench/dispatch")
			.param("q", read(withItem).get("number").asString())
			.with(dispatcher))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(read(withItem).get("number").asString()),
					containsString("value=\"" + given.get("code").asString() + "\""),
					containsString("事项已在受理时确定"))));

		mvc.perform(post("/workbench/dispatch/bulk").with(dispatcher).with(csrf()).param("ids", open, withItem)
			.param("leadUnitCode", "")).andExpect(status().is3xxRedirection());
		JsonNode first = read(open);
		assertThat(first.get("status").asString()).isEqualTo("DISPATCHED");
		assertThat(first.get("itemCode").asString()).as("the item comes from triage").isEqualTo(suggested.itemCode());
		assertThat(first.get("leadUnitCode").asString()).isEqualTo(suggested.leadUnitCode());
		JsonNode second = read(withItem);
		assertThat(second.get("status").asString()).isEqualTo("DISPATCHED");
		assertThat(second.get("itemCode").asString()).isEqualTo(given.get("code").asString());
		assertThat(second.get("leadUnitCode").asString()).isEqualTo(routed.leadUnitCode());
	}

	@Test
	void aReturnedOrderIsMarkedWithItsUnitAndReasonAndNotSuggestedToThatUnitAgain() throws Exception {
		String id = order("");
		String number = read(id).get("number").asString();
		TriageSuggestion suggested = orderTriage.suggest(workOrders.find(id).orElseThrow());
		String unit = suggested.leadUnitCode();
		assertThat(unit).as("triage routes the request").isNotNull();
		// the dispatcher routes it with triage's item (the order had none at intake); the unit returns it
		mvc.perform(post("/workbench/dispatch/{id}", id).with(dispatcher).with(csrf())
			.param("leadUnitCode", unit).param("itemCode", suggested.itemCode()))
			.andExpect(status().is3xxRedirection());
		assertThat(read(id).get("itemCode").asString()).isEqualTo(suggested.itemCode());
		api.post(TestActors.handler(unit), "/api/v1/work-orders/{id}/request-return", "{\"reason\":\"不属于本单位职责\"}", id)
			.andExpect(status().isOk());
		api.post(dispatcher, "/api/v1/work-orders/{id}/approve-return", "{}", id).andExpect(status().isOk());

		String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.get("/workbench/dispatch").param("q", number).with(dispatcher))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		String row = page.substring(page.lastIndexOf("<tr", page.indexOf(">" + number + "<")));
		row = row.substring(0, row.indexOf("</tr>"));
		String unitName = api.read(api.get(TestActors.admin(), "/api/v1/units/{code}", unit)).get("name").asString();
		assertThat(row).contains("退回", unitName, "不属于本单位职责", "退回前的事项（此前派单时所定）：" + suggested.itemCode())
			// the item was the dispatcher's, not intake's
			.doesNotContain("事项已在受理时确定")
			// the unit that returned it is not filled in again (triage names it: said so)
			.doesNotContain("value=\"" + unit + "\"")
			.contains("建议的单位即退回此单的单位，请另选");
		String en = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.get("/workbench/dispatch").param("q", number).param("lang", "en").with(dispatcher))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(en).contains("Returned", "returned by " + unitName, "不属于本单位职责");

		// a bulk dispatch by the suggestion does not send it back to that unit either: it stays to be routed by hand
		mvc.perform(post("/workbench/dispatch/bulk").with(dispatcher).with(csrf()).param("ids", id)
			.param("leadUnitCode", "")).andExpect(status().is3xxRedirection());
		assertThat(read(id).get("status").asString()).isEqualTo("RECEIVED");
		// dispatched elsewhere, it is no longer marked
		mvc.perform(post("/workbench/dispatch/{id}", id).with(dispatcher).with(csrf()).param("leadUnitCode", "CSGLJ"))
			.andExpect(status().is3xxRedirection());
		assertThat(read(id).get("leadUnitCode").asString()).isEqualTo("CSGLJ");
	}

	@Test
	void aSuggestionIsKeptForTheOrdersVersionAndRenewedWhenTheOrderChanges() throws Exception {
		String id = order("");
		var order = workOrders.find(id).orElseThrow();
		TriageSuggestion first = orderTriage.suggest(order);
		assertThat(orderTriage.suggest(workOrders.find(id).orElseThrow())).isSameAs(first);
		api.post(TestActors.role(Role.DISPATCHER), "/api/v1/work-orders/{id}/dispatch",
				"{\"leadUnitCode\":\"" + LinkageApi.STREET + "\"}", id).andExpect(status().isOk());
		TriageSuggestion renewed = orderTriage.suggest(workOrders.find(id).orElseThrow());
		assertThat(renewed).isNotSameAs(first);
		assertThat(renewed.itemCode()).isEqualTo(first.itemCode());
	}

	@Test
	void theDispatcherOverridesTheSuggestionWithOneClick() throws Exception {
		String id = order("");
		mvc.perform(post("/workbench/dispatch/{id}", id).with(dispatcher).with(csrf())
			.param("leadUnitCode", "CSGLJ").param("coUnitCodes", "").param("itemCode", ""))
			.andExpect(status().is3xxRedirection());
		assertThat(read(id).get("leadUnitCode").asString()).isEqualTo("CSGLJ");
	}
}
