package org.liandong.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liandong.identity.Role;
import org.liandong.linkage.LinkageApi;
import org.liandong.support.IntegrationTest;
import org.liandong.support.TestActors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import jakarta.servlet.http.Cookie;

/**
 * 督办 and 催办 from the order's own page: offered to the roles that may (supervise: supervisors, leaders,
 * administrators; urge: those and dispatchers) on an open order, posted to the supervision module's page endpoints,
 * back to the order's page with a refusal in the visitor's language and what was typed.
 */
@IntegrationTest
class SupervisionOnTheOrderPageWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	LinkageApi api;

	RequestPostProcessor operator = TestActors.role(Role.OPERATOR);

	RequestPostProcessor dispatcher = httpBasic("dispatcher1", "demo123");

	RequestPostProcessor supervisor = httpBasic("supervisor1", "demo123");

	RequestPostProcessor leader = httpBasic("leader1", "demo123");

	@BeforeEach
	void setUp() {
		api = new LinkageApi(mvc);
	}

	String page(RequestPostProcessor user, String id) throws Exception {
		return mvc.perform(get("/work-orders/{id}", id).with(user))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	/** An order dispatched to 竹岛街道 and past its handling deadline. */
	String overdueOrder() throws Exception {
		String id = api.dispatchedOrder(operator, dispatcher);
		// the deadline engine flags the breach (WorkOrderDeadlineIntegrationTests); set here at once
		jdbc.sql("UPDATE wo_order SET overdue = TRUE, warned = TRUE WHERE id = :id").param("id", id).update();
		return id;
	}

	@Test
	void theOrderPageOffersSupervisionAndUrgingToTheRolesThatMay() throws Exception {
		String id = overdueOrder();
		String supervise = "action=\"/supervision/orders/" + id + "/supervise\"";
		String urge = "action=\"/supervision/orders/" + id + "/urge\"";
		for (RequestPostProcessor user : new RequestPostProcessor[] { supervisor, leader, TestActors.admin() }) {
			assertThat(page(user, id)).contains(supervise, urge, "name=\"level\"", "name=\"reason\"",
					"name=\"dueAt\"", "name=\"note\"", "value=\"/work-orders/" + id + "\"")
				.doesNotContain("当前无可执行操作");
		}
		assertThat(page(dispatcher, id)).contains(urge).doesNotContain(supervise);
		for (RequestPostProcessor user : new RequestPostProcessor[] { operator,
				httpBasic("h-" + LinkageApi.STREET, "demo123") }) {
			assertThat(page(user, id)).doesNotContain(urge, supervise);
		}
		// not on an order that has ended
		String cancelled = api.read(api.post(operator, "/api/v1/work-orders", LinkageApi.ORDER)).get("id").asString();
		api.post(operator, "/api/v1/work-orders/{id}/cancel", "{\"reason\":\"测试\"}", cancelled)
			.andExpect(status().isOk());
		assertThat(page(supervisor, cancelled)).doesNotContain("/supervision/orders/" + cancelled);
	}

	@Test
	void anOrderWaitingForDispatchIsOfferedSupervisionButNoUrgingItWouldRefuse() throws Exception {
		// outside check: 催办 offered on a RECEIVED order, and refused when posted ("has no lead unit to urge yet")
		String id = api.read(api.post(operator, "/api/v1/work-orders", LinkageApi.ORDER)).get("id").asString();
		String supervise = "action=\"/supervision/orders/" + id + "/supervise\"";
		String urge = "action=\"/supervision/orders/" + id + "/urge\"";
		for (RequestPostProcessor user : new RequestPostProcessor[] { supervisor, leader, TestActors.admin() }) {
			assertThat(page(user, id)).contains(supervise).doesNotContain(urge);
		}
		assertThat(page(dispatcher, id)).doesNotContain(urge, supervise);
		// nor on the supervision page's search, which finds orders waiting for dispatch too
		String number = api.read(api.get(TestActors.admin(), "/api/v1/work-orders/{id}", id)).get("number").asString();
		String found = mvc.perform(get("/supervision").param("q", number).with(supervisor))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(found).contains(supervise).doesNotContain(urge);
		// once dispatched the unit can be urged, and the urging is accepted
		api.post(dispatcher, "/api/v1/work-orders/{id}/dispatch", "{\"leadUnitCode\":\"" + LinkageApi.STREET + "\"}",
				id).andExpect(status().isOk());
		assertThat(page(dispatcher, id)).contains(urge);
		api.post(dispatcher, "/api/v1/work-orders/{id}/urge", "{\"note\":\"请尽快签收\"}", id)
			.andExpect(status().isCreated());
	}

	@Test
	void aSupervisionAndAnUrgingFromTheOrderPageComeBackToIt() throws Exception {
		String id = overdueOrder();
		mvc.perform(post("/supervision/orders/{id}/supervise", id).with(leader).with(csrf())
			.param("level", "KEY").param("reason", "群众反映强烈，限期办结").param("dueAt", "")
			.param("back", "/work-orders/" + id))
			.andExpect(redirectedUrl("/work-orders/" + id))
			.andExpect(flash().attributeCount(1));
		mvc.perform(post("/supervision/orders/{id}/urge", id).with(dispatcher).with(csrf())
			.param("note", "请尽快联系市民").param("back", "/work-orders/" + id))
			.andExpect(redirectedUrl("/work-orders/" + id));
		var actions = api.read(api.get(TestActors.admin(), "/api/v1/work-orders/{id}/timeline", id))
			.findValuesAsString("action");
		assertThat(actions).contains("SUPERVISED", "URGED");
		// the open supervision is listed on the page, with its level and reason
		assertThat(page(supervisor, id)).contains("id=\"order-supervision\"", "重点督办", "群众反映强烈，限期办结");
		// a back that is not the order's page is not followed
		mvc.perform(post("/supervision/orders/{id}/urge", id).with(dispatcher).with(csrf())
			.param("note", "再催").param("back", "https://example.org/"))
			.andExpect(redirectedUrl("/supervision"));
	}

	@Test
	void aRefusalIsSaidOnTheOrderPageInTheVisitorsLanguageWithWhatWasTyped() throws Exception {
		String id = overdueOrder();
		String due = LocalDateTime.now().plusDays(2).truncatedTo(ChronoUnit.MINUTES).toString();
		MvcResult refused = mvc.perform(post("/supervision/orders/{id}/supervise", id).with(supervisor).with(csrf())
			.param("level", "LISTED").param("reason", " ").param("dueAt", due).param("back", "/work-orders/" + id))
			.andExpect(redirectedUrl("/work-orders/" + id))
			.andExpect(flash().attribute("error", "请填写督办事由（不超过 2000 字）。"))
			.andReturn();
		String shown = mvc.perform(get("/work-orders/{id}", id).with(supervisor).flashAttrs(refused.getFlashMap()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(shown).contains("请填写督办事由（不超过 2000 字）。", "value=\"" + due + "\"",
				"<option value=\"LISTED\" selected=\"selected\">");
		mvc.perform(post("/supervision/orders/{id}/urge", id).with(supervisor).with(csrf())
			.cookie(new Cookie("liandong-lang", "en")).param("note", "").param("back", "/work-orders/" + id))
			.andExpect(redirectedUrl("/work-orders/" + id))
			.andExpect(flash().attribute("error", "Write what to urge (at most 2000 characters)."));
		var actions = api.read(api.get(TestActors.admin(), "/api/v1/work-orders/{id}/timeline", id))
			.findValuesAsString("action");
		assertThat(actions).doesNotContain("SUPERVISED", "URGED");
	}
}
