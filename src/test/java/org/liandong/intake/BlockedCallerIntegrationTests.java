package org.liandong.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.liandong.identity.Role;
import org.liandong.support.IntegrationTest;
import org.liandong.support.TestActors;
import org.liandong.workorder.WorkOrderSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The blocked-callers list: managed by administrators and supervisors, numbers masked in lists and audited when read
 * in full; a blocked number's contacts are logged and create no order on any channel unless an operator overrides
 * with a reason; expired entries no longer block.
 */
@IntegrationTest
class BlockedCallerIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	final JsonMapper json = JsonMapper.builder().build();

	static String phone() {
		return "136" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
	}

	String block(String phone) throws Exception {
		String body = mvc.perform(post("/api/v1/blocked-callers").with(TestActors.role(Role.SUPERVISOR))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"phone\":\"" + phone + "\",\"reason\":\"反复辱骂话务员\"}"))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", Matchers.startsWith("/api/v1/blocked-callers/")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return json.readTree(body).get("id").asString();
	}

	long orders() {
		return jdbc.sql("SELECT COUNT(*) FROM wo_order").query(Long.class).single();
	}

	List<String> contacts(String phone) {
		return jdbc.sql("SELECT channel || ':' || outcome || ':' || phone_masked FROM in_contact_log "
				+ "WHERE phone_masked = :m ORDER BY at")
			.param("m", phone.substring(0, 3) + "****" + phone.substring(7))
			.query(String.class)
			.list();
	}

	MockHttpServletRequestBuilder call(String phone) {
		return post("/intake/console").with(csrf())
			.with(TestActors.role(Role.OPERATOR))
			.param("channel", "HOTLINE")
			.param("citizenPhone", phone)
			.param("content", "我要反映小区门口有人占道经营，影响通行。");
	}

	@Test
	void managersKeepTheListAndNumbersAreMaskedInListsAndAuditedWhenReadInFull() throws Exception {
		String phone = phone();
		String id = block(phone);
		String masked = phone.substring(0, 3) + "****" + phone.substring(7);
		mvc.perform(get("/api/v1/blocked-callers").param("phone", phone).with(TestActors.admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].phone").value(masked))
			.andExpect(jsonPath("$.content[0].addedBy").value("supervisor"))
			.andExpect(jsonPath("$.content[0].active").value(true))
			.andExpect(content().string(Matchers.not(Matchers.containsString(phone))));
		mvc.perform(get("/api/v1/blocked-callers/{id}", id).with(TestActors.role(Role.OPERATOR)))
			.andExpect(jsonPath("$.phone").value(masked));
		assertThat(audits(id)).isZero();
		mvc.perform(get("/api/v1/blocked-callers/{id}", id).with(TestActors.admin()))
			.andExpect(jsonPath("$.phone").value(phone));
		assertThat(audits(id)).isEqualTo(1);

		mvc.perform(post("/api/v1/blocked-callers").with(TestActors.role(Role.SUPERVISOR))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"phone\":\"" + phone + "\",\"reason\":\"again\"}")).andExpect(status().isConflict());
		mvc.perform(post("/api/v1/blocked-callers").with(TestActors.role(Role.OPERATOR))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"phone\":\"" + phone() + "\",\"reason\":\"x\"}")).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/blocked-callers").with(TestActors.handler("CSGLJ"))).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/blocked-callers").with(TestActors.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"phone\":\"12\",\"reason\":\" \",\"expiresAt\":\"2020-01-01T00:00:00Z\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("phone", "reason", "expiresAt")))
			// in English, as every message of the API, whatever the caller's language (they were Chinese)
			.andExpect(jsonPath("$.errors[*].message", Matchers.everyItem(Matchers.matchesPattern("[\\x20-\\x7E]+"))))
			.andExpect(jsonPath("$.detail", Matchers.matchesPattern("[\\x20-\\x7E]+")));
		mvc.perform(post("/api/v1/blocked-callers").with(TestActors.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"phone\":\"" + phone + "\",\"reason\":\"again\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", Matchers.matchesPattern("[\\x20-\\x7E]+")));
		mvc.perform(put("/api/v1/blocked-callers/{id}", id).with(TestActors.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"多次恶意来电\",\"expiresAt\":\"2099-01-01T00:00:00Z\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reason").value("多次恶意来电"));
		mvc.perform(delete("/api/v1/blocked-callers/{id}", id).with(TestActors.admin()))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/blocked-callers/{id}", id).with(TestActors.admin())).andExpect(status().isNotFound());
	}

	@Test
	void aMalformedBodyAnswersAfterTheRightsAndTheEntry() throws Exception {
		String id = block(phone());
		// 403 for who may not manage the list whatever the body, 404 for an unknown entry, then 400
		send(post("/api/v1/blocked-callers"), TestActors.role(Role.OPERATOR), "{nope")
			.andExpect(status().isForbidden());
		send(put("/api/v1/blocked-callers/{id}", id), TestActors.role(Role.OPERATOR), "{nope")
			.andExpect(status().isForbidden());
		send(put("/api/v1/blocked-callers/{id}", "no-such-entry"), TestActors.admin(), "{nope")
			.andExpect(status().isNotFound());
		send(post("/api/v1/blocked-callers"), TestActors.role(Role.SUPERVISOR), "{nope")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("body"));
		send(put("/api/v1/blocked-callers/{id}", id), TestActors.admin(), "{nope")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("body"));
		// a value of the wrong kind names its field
		send(put("/api/v1/blocked-callers/{id}", id), TestActors.admin(), "{\"reason\":\"x\",\"expiresAt\":\"soon\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("expiresAt"));
	}

	org.springframework.test.web.servlet.ResultActions send(MockHttpServletRequestBuilder request,
			org.springframework.test.web.servlet.request.RequestPostProcessor who, String body) throws Exception {
		return mvc.perform(request.with(who).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	long audits(String id) {
		return jdbc.sql("SELECT COUNT(*) FROM idn_pii_audit WHERE subject_type = 'BLOCKED_CALLER' AND subject_id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
	}

	@Test
	void theConsoleWarnsLogsTheCallAndTakesItInOnlyWithAnOverrideReasonOnTheTimeline() throws Exception {
		String phone = phone();
		block(phone);
		mvc.perform(get("/intake/console/history").param("citizenPhone", phone).with(TestActors.role(Role.OPERATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("blocked-warning")))
			.andExpect(content().string(Matchers.containsString("反复辱骂话务员")));
		long before = orders();
		mvc.perform(call(phone))
			.andExpect(status().isConflict())
			.andExpect(content().string(Matchers.containsString("来电已记录，未生成工单")))
			.andExpect(content().string(Matchers.containsString("id=\"overrideReason\"")));
		assertThat(orders()).isEqualTo(before);
		assertThat(contacts(phone)).containsExactly("HOTLINE:REFUSED:" + phone.substring(0, 3) + "****" + phone.substring(7));

		var result = mvc.perform(call(phone).param("overrideReason", "来电称有人落水，属紧急求助"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("outcome", "submitted"))
			.andReturn();
		WorkOrderSummary order = (WorkOrderSummary) result.getFlashMap().get("done");
		assertThat(orders()).isEqualTo(before + 1);
		mvc.perform(get("/api/v1/work-orders/{id}/timeline", order.id()).with(TestActors.admin()))
			.andExpect(jsonPath("$[?(@.action == 'BLOCKED_CALLER_OVERRIDE')].note",
					Matchers.contains(Matchers.containsString("来电称有人落水"))))
			.andExpect(jsonPath("$[?(@.action == 'BLOCKED_CALLER_OVERRIDE')].actor", Matchers.contains("operator")));
		assertThat(contacts(phone)).hasSize(2).last().asString().startsWith("HOTLINE:TAKEN:");
		assertThat(jdbc.sql("SELECT order_id FROM in_contact_log WHERE outcome = 'TAKEN' AND order_id = :id")
			.param("id", order.id())
			.query(String.class)
			.list()).hasSize(1);
	}

	@Test
	void thePortalRefusesABlockedNumberNeutrallyAndLogsIt() throws Exception {
		String phone = phone();
		block(phone);
		long before = orders();
		mvc.perform(multipart("/portal/requests").with(csrf()).with(r -> {
			r.setRemoteAddr("10.5.0.1");
			return r;
		}).param("content", "小区楼下垃圾无人清运").param("address", "文化路 1 号").param("citizenPhone", phone))
			.andExpect(status().isForbidden())
			.andExpect(content().string(Matchers.containsString("请拨打 12345 热线")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("骚扰"))))
			.andExpect(content().string(Matchers.not(Matchers.containsString("名单"))));
		assertThat(orders()).isEqualTo(before);
		assertThat(contacts(phone)).singleElement().asString().startsWith("WEB:REFUSED:");
		assertThat(jdbc.sql("SELECT operator FROM in_contact_log WHERE channel = 'WEB'").query(String.class).list())
			.contains("portal");
	}

	@Test
	void open311RefusesABlockedNumberInItsOwnErrorFormatAndLogsIt() throws Exception {
		String phone = phone();
		block(phone);
		long before = orders();
		for (String format : List.of("json", "xml")) {
			var answer = mvc.perform(post("/open311/v2/requests." + format)
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.param("api_key", "demo-open311-key")
				.param("service_code", "CG-0101")
				.param("address_string", "海滨北路 8 号")
				.param("attribute[DAMAGE]", "MISSING")
				.param("phone", phone)).andExpect(status().isBadRequest());
			if (format.equals("json")) {
				answer.andExpect(jsonPath("$[0].code").value(400))
					.andExpect(jsonPath("$[0].description", Matchers.containsString("12345 hotline")))
					.andExpect(jsonPath("$[0].description", Matchers.not(Matchers.containsString("block"))));
			}
			else {
				answer.andExpect(xpath("/errors/error/code").string("400"));
			}
		}
		assertThat(orders()).isEqualTo(before);
		assertThat(contacts(phone)).hasSize(2).allSatisfy(c -> assertThat(c).startsWith("OPEN311:REFUSED:"));
	}

	@Test
	void anExpiredEntryNoLongerBlocks() throws Exception {
		String phone = phone();
		String id = block(phone);
		jdbc.sql("UPDATE in_blocked_caller SET expires_at = :at WHERE id = :id")
			.param("at", Timestamp.from(Instant.now().minus(1, ChronoUnit.MINUTES)))
			.param("id", id)
			.update();
		mvc.perform(get("/api/v1/blocked-callers").param("phone", phone).with(TestActors.admin()))
			.andExpect(jsonPath("$.content[0].active").value(false));
		// (a change written past the application, as by another node, is seen within the list's freshness)
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> mvc.perform(history(phone))
			.andExpect(content().string(Matchers.not(Matchers.containsString("blocked-warning")))));
		mvc.perform(call(phone)).andExpect(status().is3xxRedirection());
		assertThat(contacts(phone)).isEmpty();
		// an expired entry may be added again, and then blocks again
		block(phone);
		mvc.perform(call(phone)).andExpect(status().isConflict());
	}

	MockHttpServletRequestBuilder history(String phone) {
		return get("/intake/console/history").param("citizenPhone", phone).with(TestActors.role(Role.OPERATOR));
	}

	@Test
	void theListIsReadOnceForManyCallsAndAChangeMadeElsewhereIsSeenWithinItsFreshness() throws Exception {
		String phone = phone();
		String id = block(phone);
		long first = System.nanoTime();
		mvc.perform(history(phone)).andExpect(content().string(Matchers.containsString("blocked-warning")));
		// another node removes the entry: this node answers from the list it read until the list is two seconds old
		jdbc.sql("DELETE FROM in_blocked_caller WHERE id = :id").param("id", id).update();
		var kept = mvc.perform(history(phone)).andReturn().getResponse().getContentAsString();
		if (System.nanoTime() - first < Duration.ofSeconds(1).toNanos()) { // (not when the machine stalled)
			assertThat(kept).as("answered from the list read a moment ago").contains("blocked-warning");
		}
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> mvc.perform(history(phone))
			.andExpect(content().string(Matchers.not(Matchers.containsString("blocked-warning")))));
		// a change through the application is seen by the next call at once
		block(phone);
		mvc.perform(history(phone)).andExpect(content().string(Matchers.containsString("blocked-warning")));
		mvc.perform(call(phone)).andExpect(status().isConflict());
	}

	@Test
	void thePageListsMaskedNumbersAndLetsManagersAddThem() throws Exception {
		String phone = phone();
		mvc.perform(post("/intake/blocked-callers").with(csrf())
			.with(TestActors.role(Role.SUPERVISOR))
			.param("phone", phone)
			.param("reason", "页面添加")
			.param("expiresOn", "2099-12-31")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/intake/blocked-callers").with(TestActors.role(Role.OPERATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(phone.substring(0, 3) + "****" + phone.substring(7))))
			.andExpect(content().string(Matchers.not(Matchers.containsString(phone))))
			.andExpect(content().string(Matchers.not(Matchers.containsString("blocked-form"))));
		mvc.perform(post("/intake/blocked-callers").with(csrf())
			.with(TestActors.role(Role.SUPERVISOR))
			.param("phone", "bad")
			.param("reason", "x")).andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.containsString("请填写正确的手机号")));
		mvc.perform(get("/intake/blocked-callers").with(TestActors.handler("CSGLJ"))).andExpect(status().isForbidden());
	}
}
