package org.liandong.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liandong.identity.Role;
import org.liandong.linkage.LinkageApi;
import org.liandong.support.IntegrationTest;
import org.liandong.support.TestActors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The working pages offer a user only the actions the services allow them, and what a page offers the API offers
 * too: the co-unit opinion, the whistle form, the supervision forms, the dispatch and verification consoles, and a
 * whistle report's position.
 */
@IntegrationTest
class WorkingPagesOfferWhatIsAllowedWebTests {

	@Autowired
	MockMvc mvc;

	LinkageApi api;

	RequestPostProcessor operator = TestActors.role(Role.OPERATOR);

	RequestPostProcessor dispatcher = httpBasic("dispatcher1", "demo123");

	RequestPostProcessor street = httpBasic("h-ST-371002003", "demo123");

	RequestPostProcessor coUnit = httpBasic("h-CSGLJ", "demo123");

	RequestPostProcessor otherStreet = httpBasic("h-ST-371002002", "demo123");

	@BeforeEach
	void setUp() {
		api = new LinkageApi(mvc);
	}

	String sharedOrder() throws Exception {
		String id = api.read(api.post(operator, "/api/v1/work-orders", LinkageApi.ORDER)).get("id").asString();
		api.post(dispatcher, "/api/v1/work-orders/{id}/dispatch",
				"{\"leadUnitCode\":\"" + LinkageApi.STREET + "\",\"coUnitCodes\":[\"CSGLJ\"]}", id)
			.andExpect(status().isOk());
		return id;
	}

	/** A daily whistle blown by the street office on the order, summoning CSGLJ; answers its id. */
	String whistleOn(String order, String description) throws Exception {
		return api.read(api.post(street, "/api/v1/whistles", """
				{"type":"DAILY","workOrderId":"%s","description":"%s","summonedUnitCodes":["CSGLJ"]}"""
			.formatted(order, description)).andExpect(status().isCreated())).get("id").asString();
	}

	@Test
	void aCoUnitGivesItsOpinionThroughTheApiAndOnlyACoUnitMay() throws Exception {
		String id = sharedOrder();
		api.post(coUnit, "/api/v1/work-orders/{id}/opinions", "{\"opinion\":\"建议联合执法\"}", id)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.unitCode").value("CSGLJ"))
			.andExpect(jsonPath("$.opinion").value("建议联合执法"));
		var timeline = api.read(api.get(TestActors.role(Role.DISPATCHER), "/api/v1/work-orders/{id}/timeline", id));
		assertThat(timeline.findValuesAsString("action")).contains("OPINION");
		assertThat(timeline.findValuesAsString("note")).contains("CSGLJ: 建议联合执法");

		api.post(street, "/api/v1/work-orders/{id}/opinions", "{\"opinion\":\"自己的意见\"}", id)
			.andExpect(status().isForbidden());
		api.post(coUnit, "/api/v1/work-orders/{id}/opinions", "{\"opinion\":\"  \"}", id)
			.andExpect(status().isBadRequest());
		api.post(otherStreet, "/api/v1/work-orders/{id}/opinions", "{\"opinion\":\"别处的意见\"}", id)
			.andExpect(status().isNotFound());
	}

	@Test
	void aMalformedOpinionAnswers404Then403Then400() throws Exception {
		String id = sharedOrder();
		// a malformed body does not jump the queue: 404 for who cannot see, 403 for who may not, then 400
		api.post(otherStreet, "/api/v1/work-orders/{id}/opinions", "{nope", id).andExpect(status().isNotFound());
		api.post(coUnit, "/api/v1/work-orders/{id}/opinions", "{nope", "no-such-order")
			.andExpect(status().isNotFound());
		api.post(street, "/api/v1/work-orders/{id}/opinions", "{nope", id).andExpect(status().isForbidden());
		api.post(coUnit, "/api/v1/work-orders/{id}/opinions", "{nope", id)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("body"));
		api.post(coUnit, "/api/v1/work-orders/{id}/opinions", "{\"opinion\":{\"text\":\"x\"}}", id)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("opinion"));
	}

	@Test
	void onlyThoseWhoMayBlowSeeTheWhistleFormAndAReportKeepsItsPosition() throws Exception {
		mvc.perform(get("/whistles").with(dispatcher))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("name=\"summonedUnitCodes\""))));
		mvc.perform(get("/whistles").with(street))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"summonedUnitCodes\"")));

		String order = sharedOrder();
		String whistle = whistleOn(order, "联合整治占道经营");
		mvc.perform(post("/whistles/{id}/report", whistle).with(coUnit).with(csrf())
			.param("unitCode", "CSGLJ").param("note", "已到场").param("lat", "37.50912").param("lon", "122.12034"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/whistles/{id}", whistle).with(street))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("37.50912, 122.12034")));
	}

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void theSupervisionPageOffersADispatcherUrgingButNotSupervision() throws Exception {
		String id = api.dispatchedOrder(operator, dispatcher);
		// the deadline engine marks an order overdue when its deadline passes; set here to have one on the page
		jdbc.sql("UPDATE wo_order SET overdue = TRUE, warned = TRUE WHERE id = :id").param("id", id).update();
		String urge = "/supervision/orders/" + id + "/urge\"";
		String supervise = "/supervision/orders/" + id + "/supervise\"";
		mvc.perform(get("/supervision").with(dispatcher)).andExpect(status().isOk())
			.andExpect(content().string(containsString(urge)))
			.andExpect(content().string(not(containsString(supervise))));
		mvc.perform(get("/supervision").with(TestActors.role(Role.SUPERVISOR))).andExpect(status().isOk())
			.andExpect(content().string(containsString(supervise)));
	}

	@Test
	void theDispatchAndVerificationConsolesRefuseUsersWhoCannotActThere() throws Exception {
		mvc.perform(get("/workbench/dispatch").with(operator)).andExpect(status().isForbidden());
		mvc.perform(get("/workbench/dispatch").with(dispatcher)).andExpect(status().isOk());
		mvc.perform(get("/workbench/verification").with(street)).andExpect(status().isForbidden());
		mvc.perform(get("/workbench/verification").with(dispatcher)).andExpect(status().isOk());
	}

	@Test
	void approvingAnExtensionNeedsAReasonAndUnshelvingAPlanAsTheContractSays() throws Exception {
		String id = api.dispatchedOrder(operator, dispatcher);
		api.post(street, "/api/v1/work-orders/{id}/sign", "{}", id).andExpect(status().isOk());
		api.post(street, "/api/v1/work-orders/{id}/request-extension",
				"{\"until\":\"" + java.time.Instant.now().plus(java.time.Duration.ofDays(20)) + "\",\"reason\":\"需要协调\"}", id)
			.andExpect(status().isOk());
		api.post(dispatcher, "/api/v1/work-orders/{id}/approve-extension", "{}", id)
			.andExpect(status().isBadRequest());
		api.post(dispatcher, "/api/v1/work-orders/{id}/approve-extension", "{\"reason\":\"同意\"}", id)
			.andExpect(status().isOk());
		RequestPostProcessor supervisor = TestActors.role(Role.SUPERVISOR);
		api.post(supervisor, "/api/v1/work-orders/{id}/shelve", "{\"reason\":\"待协调\",\"plan\":\"下月\"}", id)
			.andExpect(status().isOk());
		api.post(supervisor, "/api/v1/work-orders/{id}/unshelve", "{\"reason\":\"资金到位\"}", id)
			.andExpect(status().isBadRequest());
		api.post(supervisor, "/api/v1/work-orders/{id}/unshelve", "{\"reason\":\"资金到位\",\"plan\":\"本周处理\"}", id)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("IN_PROGRESS"));
	}


	@Test
	void aReportIsRefusedForAnotherUnitBeforeItsBodyIsCheckedAndItsPositionMustBeWhole() throws Exception {
		String order = sharedOrder();
		String whistle = whistleOn(order, "联合整治");
		api.post(coUnit, "/api/v1/whistles/{id}/report", "{\"unitCode\":\"ST-371002002\",\"note\":\"到场\"}",
				whistle)
			.andExpect(status().isForbidden());
		api.post(coUnit, "/api/v1/whistles/{id}/report", "{\"unitCode\":\"CSGLJ\",\"note\":\"到场\",\"lat\":37.5}",
				whistle)
			.andExpect(status().isBadRequest());
		api.post(coUnit, "/api/v1/whistles/{id}/report",
				"{\"unitCode\":\"CSGLJ\",\"note\":\"到场\",\"lat\":137.5,\"lon\":122.1}", whistle)
			.andExpect(status().isBadRequest());
		api.post(coUnit, "/api/v1/whistles/{id}/report",
				"{\"unitCode\":\"CSGLJ\",\"note\":\"到场\",\"lat\":37.5,\"lon\":122.1}", whistle)
			.andExpect(status().isOk());
	}

	@Test
	void theOrderPageLeadsAUnitsHandlerToAWhistleOnTheOrder() throws Exception {
		String id = sharedOrder();
		String link = "/whistles?workOrderId=" + id;
		mvc.perform(get("/work-orders/{id}", id).with(street)).andExpect(status().isOk())
			.andExpect(content().string(containsString(link)));
		mvc.perform(get("/work-orders/{id}", id).with(dispatcher)).andExpect(status().isOk())
			.andExpect(content().string(not(containsString(link))));
	}

	@Test
	void theRatingFormOffersOnlyTheRespondersNotRatedYet() throws Exception {
		String order = sharedOrder();
		String whistle = whistleOn(order, "联合整治");
		api.post(coUnit, "/api/v1/whistles/{id}/report", "{\"unitCode\":\"CSGLJ\",\"note\":\"到场\"}", whistle)
			.andExpect(status().isOk());
		api.post(street, "/api/v1/whistles/{id}/close", "{\"note\":\"已处置\"}", whistle).andExpect(status().isOk());
		String rateForm = "/whistles/" + whistle + "/rate\"";
		mvc.perform(get("/whistles/{id}", whistle).with(street)).andExpect(status().isOk())
			.andExpect(content().string(containsString(rateForm)));
		api.post(street, "/api/v1/whistles/{id}/rate", "{\"unitCode\":\"CSGLJ\",\"score\":5}", whistle)
			.andExpect(status().isOk());
		mvc.perform(get("/whistles/{id}", whistle).with(street)).andExpect(status().isOk())
			.andExpect(content().string(not(containsString(rateForm))));
	}
}
