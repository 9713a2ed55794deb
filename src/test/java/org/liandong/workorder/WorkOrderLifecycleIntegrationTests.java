package org.liandong.workorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liandong.identity.Role;
import org.liandong.knowledge.KnowledgeBase;
import org.liandong.support.IntegrationTest;
import org.liandong.support.TestActors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;

/** The closed loop through the API: the happy path, every side path, and refusals with the right status. */
@IntegrationTest
class WorkOrderLifecycleIntegrationTests {

	static final String STREET = "ST-371002003";
	static final String OTHER_STREET = "ST-371002002";
	static final String ORDER = """
			{"channel":"HOTLINE","content":"竹岛街道海滨北路一处井盖缺失，夜间行人容易跌倒，请尽快处理。",
			 "citizenName":"张三","citizenPhone":"13812345678","address":"海滨北路88号","regionCode":"371002003000"}""";

	@Autowired
	KnowledgeBase knowledge;

	@Autowired
	MockMvc mvc;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	WorkOrderApi api;
	RequestPostProcessor operator = TestActors.role(Role.OPERATOR);
	RequestPostProcessor dispatcher = TestActors.role(Role.DISPATCHER);
	RequestPostProcessor supervisor = TestActors.role(Role.SUPERVISOR);
	RequestPostProcessor street = TestActors.handler(STREET);

	@BeforeEach
	void setUp() {
		api = new WorkOrderApi(mvc);
	}

	String dispatched() throws Exception {
		String id = api.createId(operator, ORDER);
		api.act(dispatcher, id, "dispatch", "{\"leadUnitCode\":\"" + STREET + "\"}").andExpect(status().isOk());
		return id;
	}

	String inProgress() throws Exception {
		String id = dispatched();
		api.act(street, id, "sign", "{}").andExpect(status().isOk());
		return id;
	}

	String revisiting() throws Exception {
		String id = inProgress();
		api.act(street, id, "reply", "{\"result\":\"已补装井盖\"}").andExpect(status().isOk());
		return id;
	}

	@Test
	void createAnswers201WithNumberLocationAndDefaults() throws Exception {
		api.create(operator, ORDER)
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/work-orders/")))
			.andExpect(jsonPath("$.number").value(org.hamcrest.Matchers.matchesPattern("WH\\d{8}\\d{6,}")))
			.andExpect(jsonPath("$.status").value("RECEIVED"))
			.andExpect(jsonPath("$.nature").value("COMPLAINT"))
			.andExpect(jsonPath("$.urgency").value("NORMAL"))
			.andExpect(jsonPath("$.title").value("竹岛街道海滨北路一处井盖缺失，夜间行人容易跌倒，请尽快处理"))
			.andExpect(jsonPath("$.citizenPhone").value("13812345678"))
			.andExpect(jsonPath("$.version").value(0));
	}

	@Test
	void happyPathClosesTheOrderAndTheTimelineRecordsEveryStep() throws Exception {
		String id = dispatched();
		JsonNode order = api.order(dispatcher, id);
		assertThat(order.get("status").asString()).isEqualTo("DISPATCHED");
		assertThat(order.get("leadUnitCode").asString()).isEqualTo(STREET);
		assertThat(order.get("signDueAt").isNull()).isFalse();
		assertThat(order.get("responseDueAt").isNull()).isFalse();
		assertThat(order.get("dueAt").isNull()).isFalse();

		api.act(street, id, "sign", "{}").andExpect(jsonPath("$.status").value("IN_PROGRESS"));
		api.act(street, id, "contact", "{\"way\":\"PHONE\",\"outcome\":\"已电话联系市民\"}")
			.andExpect(jsonPath("$.status").value("IN_PROGRESS"));
		api.act(street, id, "reply", "{\"result\":\"已补装井盖\"}").andExpect(jsonPath("$.status").value("REVISITING"));
		api.act(operator, id, "revisit", "{\"resolved\":true,\"satisfaction\":\"SATISFIED\"}")
			.andExpect(jsonPath("$.status").value("CLOSED"));

		List<String> actions = new ArrayList<>();
		List<JsonNode> transitions = new ArrayList<>();
		// other modules may add notes of their own (e.g. a reply-quality flag); the lifecycle entries are these
		api.timeline(operator, id).forEach(e -> {
			if (!e.get("action").asString().startsWith("REPLY_QUALITY")) {
				actions.add(e.get("action").asString());
				transitions.add(e);
			}
		});
		assertThat(actions).containsExactly("RECEIVE", "DISPATCH", "SIGN", "CONTACT", "REPLY", "REVISIT");
		JsonNode last = transitions.get(5);
		assertThat(last.get("fromStatus").asString()).isEqualTo("REVISITING");
		assertThat(last.get("toStatus").asString()).isEqualTo("CLOSED");
		assertThat(last.get("actor").asString()).isEqualTo("operator");
	}

	@Test
	void theRegionIsResolvedFromTheAddressWhenTheCallerGivesNone() throws Exception {
		api.create(operator, "{\"channel\":\"HOTLINE\",\"content\":\"路面塌陷\",\"address\":\"环翠区竹岛街道海滨北路\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.regionCode").value("371002003000"));
		api.create(operator, "{\"channel\":\"APP\",\"content\":\"路灯不亮\",\"lat\":37.475845,\"lon\":122.125694}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.regionCode").value(org.hamcrest.Matchers.startsWith("371002")))
			.andExpect(jsonPath("$.gridCode").value(org.hamcrest.Matchers.startsWith("371002")));
		api.create(operator, "{\"channel\":\"HOTLINE\",\"content\":\"有人反映问题但没有说地点\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.regionCode").isEmpty());
	}

	@Test
	void illegalStepsAreRefusedWith409AndAClearMessage() throws Exception {
		String id = api.createId(operator, ORDER);
		api.act(TestActors.admin(), id, "sign", "{}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.status").value(409))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("RECEIVED")));
		api.act(TestActors.admin(), id, "reply", "{\"result\":\"x\"}").andExpect(status().isConflict());
		api.act(TestActors.admin(), id, "revisit", "{\"resolved\":true,\"satisfaction\":\"SATISFIED\"}")
			.andExpect(status().isConflict());
		assertThat(api.order(operator, id).get("status").asString()).isEqualTo("RECEIVED");
	}

	@Test
	void staleVersionIsRefusedWith409() throws Exception {
		String id = api.createId(operator, ORDER);
		api.act(dispatcher, id, "dispatch", "{\"leadUnitCode\":\"" + STREET + "\",\"version\":5}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("version")));
		api.act(dispatcher, id, "dispatch", "{\"leadUnitCode\":\"" + STREET + "\",\"version\":0}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1));
	}

	@Test
	void invalidBodiesAnswer400WithFieldErrors() throws Exception {
		api.create(operator, "{\"channel\":\"HOTLINE\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("content"));
		api.create(operator, "{\"channel\":\"FAX\",\"content\":\"x\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("channel"));
		api.create(operator, "{\"channel\":\"WEB\",\"content\":\"x\",\"lat\":37.5}")
			.andExpect(status().isBadRequest());
		String id = api.createId(operator, ORDER);
		api.act(dispatcher, id, "dispatch", "{\"leadUnitCode\":\"NO-SUCH-UNIT\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("leadUnitCode"));
		api.act(dispatcher, id, "no-such-action", "{}").andExpect(status().isNotFound());
		// a NUL character cannot be stored by PostgreSQL: refused on every database alike
		api.create(operator, "{\"channel\":\"WEB\",\"content\":\"a\\u0000b\"}").andExpect(status().isBadRequest());
		api.act(dispatcher, id, "dispatch", "{\"leadUnitCode\":\"ST-371002003\",\"note\":\"x\\u0000\"}")
			.andExpect(status().isBadRequest());
	}

	@Test
	void errorPrecedenceIsNotFoundThenForbiddenThenInvalidThenConflict() throws Exception {
		String id = dispatched();
		// another street's handler does not see the order: 404 even with a bad body
		api.act(TestActors.handler(OTHER_STREET), id, "reply", "{}").andExpect(status().isNotFound());
		// the operator sees it but may not sign: 403 even with a bad body
		api.act(operator, id, "reply", "{}").andExpect(status().isForbidden());
		// the lead unit may reply, but the body is invalid: 400 although the state forbids it too
		api.act(street, id, "reply", "{}").andExpect(status().isBadRequest());
		// valid body, wrong state: 409
		api.act(street, id, "reply", "{\"result\":\"x\"}").andExpect(status().isConflict());
	}

	@Test
	void aMalformedBodyDoesNotJumpTheQueueEither() throws Exception {
		String id = dispatched();
		api.act(TestActors.handler(OTHER_STREET), id, "sign", "{nope").andExpect(status().isNotFound());
		api.act(operator, "no-such-order", "sign", "{nope").andExpect(status().isNotFound());
		api.act(TestActors.role(Role.LEADER), id, "reassign", "{nope").andExpect(status().isForbidden());
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/api/v1/work-orders/{id}/sign", id).with(TestActors.handler(OTHER_STREET))
			.contentType(org.springframework.http.MediaType.TEXT_PLAIN).content("hi"))
			.andExpect(status().isNotFound());
		api.act(dispatcher, id, "reassign", "{nope").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("body"));
		// creating: a role that may not take in is refused whatever it sent
		api.create(TestActors.role(Role.LEADER), "{nope").andExpect(status().isForbidden());
		api.create(operator, "{nope").andExpect(status().isBadRequest());
	}

	@Test
	void aGridWorkerTakesInForTheirGridAndSeesWhatTheyTookIn() throws Exception {
		var worker = TestActors.as(new org.liandong.identity.Actor("u-g", "g-371002001-01", "网格员", Role.GRID_WORKER,
				null, null, java.util.Set.of("371002001-01")));
		String id = api.createId(worker, "{\"channel\":\"GRID\",\"content\":\"网格员上报 垃圾堆放\"}");
		api.get(worker, id).andExpect(status().isOk()).andExpect(jsonPath("$.gridCode").value("371002001-01"));
	}

	@Test
	void aPointOutsideTheJurisdictionIsRefusedOnLatAndNothingIsStored() throws Exception {
		long before = orderCount();
		// Beijing, and the sea 2.8 km off the coast: outside the city's boundary and its margin (outside check,
		// 2026-11-29: Beijing was taken in with no region)
		for (String point : new String[] { "\"lat\":39.9,\"lon\":116.4", "\"lat\":37.6,\"lon\":122.1" }) {
			api.create(operator, "{\"channel\":\"HOTLINE\",\"content\":\"外地坐标\"," + point + "}")
				.andExpect(status().isBadRequest())
				.andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/problem+json")))
				.andExpect(jsonPath("$.errors[0].field").value("lat"))
				.andExpect(jsonPath("$.errors[0].message").value("The position lies outside the jurisdiction."));
		}
		assertThat(orderCount()).isEqualTo(before);
		// the city's fence is simplified along the coast: a waterfront point some 60 m beyond it is the city's
		String id = api.createId(operator, "{\"channel\":\"HOTLINE\",\"content\":\"海边路灯不亮\",\"lat\":37.508,\"lon\":122.128}");
		assertThat(api.order(operator, id).get("regionCode").isNull()).isFalse();
	}

	@Test
	void aGridWorkersPointMustLieInTheirGrid() throws Exception {
		var worker = TestActors.as(new org.liandong.identity.Actor("u-g3", "g-371002003-02", "网格员", Role.GRID_WORKER,
				null, null, java.util.Set.of("371002003-02")));
		long before = orderCount();
		// 文登营镇 lies in 371003100-01, not in the worker's grid (outside check, 2026-11-29: filed in their grid)
		api.create(worker, "{\"channel\":\"GRID\",\"content\":\"文登营镇路面塌陷\",\"lat\":37.2522,\"lon\":122.1129}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("lat"))
			.andExpect(jsonPath("$.errors[0].message").value("The position lies outside the grid 371002003-02."));
		assertThat(orderCount()).isEqualTo(before);
		double[] inside = interiorPoint("371002003-02");
		api.create(worker, "{\"channel\":\"GRID\",\"content\":\"路面塌陷\",\"lat\":" + inside[0] + ",\"lon\":"
				+ inside[1] + "}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.gridCode").value("371002003-02"));
	}

	long orderCount() {
		return jdbc.sql("SELECT COUNT(*) FROM wo_order").query(Long.class).single();
	}

	/** A point inside the grid's polygon: {lat, lon}. */
	double[] interiorPoint(String grid) throws Exception {
		String wkt = jdbc.sql("SELECT polygon_wkt FROM tr_grid WHERE code = :c").param("c", grid).query(String.class)
			.single();
		var p = new org.locationtech.jts.io.WKTReader().read(wkt).getInteriorPoint();
		return new double[] { p.getY(), p.getX() };
	}

	@Test
	void aGivenRegionWithAPointInOneOfItsGridsGetsThatGridWhateverTheTextNames() throws Exception {
		String id = api.createId(operator, """
				{"channel":"APP","content":"竹岛街道 路灯","regionCode":"371002001000","lat":37.5265,"lon":122.0858}""");
		api.get(operator, id).andExpect(jsonPath("$.regionCode").value("371002001000"))
			.andExpect(jsonPath("$.gridCode").value("371002001-01"));
	}

	@Test
	void aFractionalVersionIsRefusedNotTruncated() throws Exception {
		String id = dispatched();
		api.act(street, id, "sign", "{\"version\":1.5}").andExpect(status().isBadRequest());
		api.get(street, id).andExpect(jsonPath("$.status").value("DISPATCHED"));
	}

	@Test
	void anExtensionBeyondTheLongestLimitIsRefused() throws Exception {
		String id = dispatched();
		api.act(street, id, "sign", "{}").andExpect(status().isOk());
		api.act(street, id, "request-extension", "{\"until\":\"9999-12-31T00:00:00Z\",\"reason\":\"需要协调\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("until"));
	}

	@Test
	void aValueOfTheWrongTypeInTheCreateBodyNamesItsField() throws Exception {
		api.create(operator, "{\"channel\":\"WEB\",\"content\":\"x\",\"lat\":\"abc\",\"lon\":1}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("lat"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.not(
					org.hamcrest.Matchers.containsString("java."))));
		api.create(operator, "{\"channel\":\"WEB\",\"content\":\"x\",\"confidential\":\"yes\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("confidential"));
	}

	@Test
	void unitScopingHidesOtherUnitsOrdersFromListsAndDetails() throws Exception {
		String id = dispatched();
		api.get(TestActors.handler(OTHER_STREET), id).andExpect(status().isNotFound());
		api.get(street, id).andExpect(status().isOk());
		mvc.perform(get("/api/v1/work-orders")
			.with(TestActors.handler(OTHER_STREET)).param("size", "1000"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[?(@.id == '" + id + "')]").isEmpty());
		mvc.perform(get("/api/v1/work-orders")
			.with(street).param("size", "1000"))
			.andExpect(jsonPath("$.content[?(@.id == '" + id + "')]").isNotEmpty());
	}

	@Test
	void aListAsksForAPageThatCanBeAnsweredOr400() throws Exception {
		var leader = TestActors.role(Role.LEADER);
		mvc.perform(get("/api/v1/work-orders").with(leader).param("size", "5000"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.size").value(1000));
		for (String[] bad : new String[][] { { "page", "-1" }, { "size", "0" }, { "size", "-5" } }) {
			mvc.perform(get("/api/v1/work-orders").with(leader).param(bad[0], bad[1]))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value(bad[0]));
		}
		// to is exclusive: a range that ends where (or before) it starts names no day
		for (String to : List.of("2026-11-29", "2026-11-30")) {
			mvc.perform(get("/api/v1/work-orders").with(leader).param("from", "2026-11-30").param("to", to))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("to"));
		}
		mvc.perform(get("/api/v1/work-orders").with(leader).param("from", "2026-11-30").param("to", "2026-12-01"))
			.andExpect(status().isOk());
	}

	@Test
	void coUnitsSeeTheOrderButOnlyTheLeadUnitActs() throws Exception {
		String id = api.createId(operator, ORDER);
		api.act(dispatcher, id, "dispatch", "{\"leadUnitCode\":\"" + STREET + "\",\"coUnitCodes\":[\"CSGLJ\"]}")
			.andExpect(jsonPath("$.coUnitCodes[0]").value("CSGLJ"));
		api.get(TestActors.handler("CSGLJ"), id).andExpect(status().isOk());
		api.act(TestActors.handler("CSGLJ"), id, "sign", "{}").andExpect(status().isForbidden());
	}

	@Test
	void personalDataIsMaskedInListsAndForRolesThatDoNotNeedIt() throws Exception {
		String id = dispatched();
		api.get(TestActors.role(Role.LEADER), id)
			.andExpect(jsonPath("$.citizenPhone").value("138****5678"))
			.andExpect(jsonPath("$.citizenName").value("张*"));
		api.get(street, id).andExpect(jsonPath("$.citizenPhone").value("13812345678"));
		mvc.perform(get("/api/v1/work-orders")
			.with(operator).param("q", api.order(operator, id).get("number").asString()))
			.andExpect(jsonPath("$.content[0].citizenPhone").value("138****5678"));
	}

	@Test
	void aConfidentialOrderHidesTheCitizenFromUnits() throws Exception {
		String id = api.createId(operator, ORDER.replace("\"channel\"", "\"confidential\":true,\"channel\""));
		api.act(dispatcher, id, "dispatch", "{\"leadUnitCode\":\"" + STREET + "\"}");
		api.get(street, id).andExpect(jsonPath("$.citizenPhone").value("***")).andExpect(jsonPath("$.citizenName").value("***"));
		api.get(operator, id).andExpect(jsonPath("$.citizenPhone").value("13812345678"));
	}

	@Test
	void returnRequestApprovedGoesBackToTheDispatchQueueAndRejectedRestores() throws Exception {
		String id = inProgress();
		api.act(street, id, "request-return", "{\"reason\":\"不属于本街道\"}").andExpect(jsonPath("$.status").value("RETURN_PENDING"));
		api.act(dispatcher, id, "reject-return", "{\"reason\":\"属地管理\"}").andExpect(jsonPath("$.status").value("IN_PROGRESS"));
		api.act(street, id, "request-return", "{\"reason\":\"确实不属于\"}");
		api.act(dispatcher, id, "approve-return", "{}")
			.andExpect(jsonPath("$.status").value("RECEIVED"))
			.andExpect(jsonPath("$.leadUnitCode").isEmpty())
			.andExpect(jsonPath("$.dueAt").isEmpty());
		api.act(dispatcher, id, "dispatch", "{\"leadUnitCode\":\"CSGLJ\"}").andExpect(jsonPath("$.status").value("DISPATCHED"));
		api.get(street, id).andExpect(status().isNotFound());
	}

	@Test
	void extensionApprovedMovesTheDueTime() throws Exception {
		String id = inProgress();
		String due = api.order(street, id).get("dueAt").asString();
		String until = java.time.Instant.parse(due).plus(java.time.Duration.ofDays(10)).toString();
		api.act(street, id, "request-extension", "{\"until\":\"" + until + "\",\"reason\":\"需协调产权单位\"}")
			.andExpect(jsonPath("$.pendingExtension.until").value(until));
		api.act(dispatcher, id, "approve-extension", "{\"reason\":\"同意\"}")
			.andExpect(jsonPath("$.dueAt").value(until))
			.andExpect(jsonPath("$.pendingExtension").isEmpty());
		api.act(dispatcher, id, "reject-extension", "{\"reason\":\"none pending\"}").andExpect(status().isConflict());
	}

	@Test
	void reassignRoutesToAnotherUnitAndRestartsTheClocks() throws Exception {
		String id = inProgress();
		api.act(dispatcher, id, "reassign", "{\"leadUnitCode\":\"CSGLJ\"}")
			.andExpect(jsonPath("$.status").value("DISPATCHED"))
			.andExpect(jsonPath("$.leadUnitCode").value("CSGLJ"));
		api.act(TestActors.handler("CSGLJ"), id, "sign", "{}").andExpect(status().isOk());
	}

	@Test
	void revisitDissatisfiedThenReopenThenCloseWithReason() throws Exception {
		String id = revisiting();
		api.act(operator, id, "revisit", "{\"resolved\":false,\"satisfaction\":\"DISSATISFIED\"}")
			.andExpect(jsonPath("$.status").value("REVISITING"));
		api.act(operator, id, "reopen", "{\"reason\":\"市民反映仍未修好\"}")
			.andExpect(jsonPath("$.status").value("DISPATCHED"))
			.andExpect(jsonPath("$.reopenCount").value(1))
			.andExpect(jsonPath("$.leadUnitCode").value(STREET));
		api.act(street, id, "sign", "{}");
		api.act(street, id, "reply", "{\"result\":\"重新更换\"}");
		api.act(operator, id, "revisit", "{\"resolved\":false,\"satisfaction\":\"DISSATISFIED\"}");
		api.act(supervisor, id, "close", "{\"reason\":\"诉求不合理\"}").andExpect(jsonPath("$.status").value("CLOSED"));
	}

	@Test
	void aYesOrNoGivenAsANumberOrAsTextIsRefusedByItsFieldNotReadAsYes() throws Exception {
		String id = revisiting();
		String[][] bodies = { { "{\"resolved\":true,\"satisfaction\":\"SATISFIED\",\"reached\":1}", "reached" },
				{ "{\"resolved\":true,\"satisfaction\":\"SATISFIED\",\"reached\":0}", "reached" },
				{ "{\"resolved\":true,\"satisfaction\":\"SATISFIED\",\"reached\":\"true\"}", "reached" },
				{ "{\"resolved\":1,\"satisfaction\":\"SATISFIED\"}", "resolved" },
				{ "{\"resolved\":1.0,\"satisfaction\":\"SATISFIED\"}", "resolved" },
				{ "{\"resolved\":\"\",\"satisfaction\":\"SATISFIED\"}", "resolved" } };
		for (String[] body : bodies) {
			api.act(operator, id, "revisit", body[0])
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.type").value("https://liandong.org/problems/invalid-request"))
				.andExpect(jsonPath("$.errors[0].field").value(body[1]))
				.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith("must be true or false")));
		}
		api.act(operator, id, "revisit", "{\"resolved\":true,\"satisfaction\":\"SATISFIED\",\"reached\":true}")
			.andExpect(jsonPath("$.status").value("CLOSED"));
	}

	@Test
	void threeUnreachableRevisitsCloseTheOrderAsUnreachable() throws Exception {
		String id = revisiting();
		api.act(operator, id, "revisit", "{\"reached\":false}").andExpect(jsonPath("$.status").value("REVISITING"));
		api.act(operator, id, "revisit", "{\"reached\":false}").andExpect(jsonPath("$.status").value("REVISITING"));
		api.act(operator, id, "revisit", "{\"reached\":false}")
			.andExpect(jsonPath("$.status").value("CLOSED"))
			.andExpect(jsonPath("$.revisit.unreachable").value(true));
		api.act(operator, id, "revisit", "{\"resolved\":true}").andExpect(status().isBadRequest());
	}

	@Test
	void shelveStopsAndUnshelveResumes() throws Exception {
		String id = inProgress();
		api.act(street, id, "shelve", "{\"reason\":\"x\",\"plan\":\"y\"}").andExpect(status().isForbidden());
		api.act(supervisor, id, "shelve", "{\"reason\":\"需纳入明年改造计划\",\"plan\":\"2027年一季度\"}")
			.andExpect(jsonPath("$.status").value("SHELVED"));
		api.act(supervisor, id, "unshelve", "{\"reason\":\"资金到位\",\"plan\":\"本周处理\"}").andExpect(jsonPath("$.status").value("IN_PROGRESS"));
	}

	@Test
	void mergedDuplicateClosesWithItsMaster() throws Exception {
		String master = revisiting();
		String dup = api.createId(operator, ORDER);
		api.act(operator, dup, "merge", "{\"masterId\":\"" + master + "\"}").andExpect(jsonPath("$.status").value("MERGED"))
			.andExpect(jsonPath("$.masterId").value(master));
		api.act(operator, master, "revisit", "{\"resolved\":true,\"satisfaction\":\"SATISFIED\"}");
		api.get(operator, dup).andExpect(jsonPath("$.status").value("CLOSED")).andExpect(jsonPath("$.result").value("已补装井盖"));
		api.act(operator, dup, "merge", "{\"masterId\":\"no-such-order\"}").andExpect(status().isBadRequest());
		// into itself: an invalid request (400), before the state that forbids it too (409)
		api.act(operator, dup, "merge", "{\"masterId\":\"" + dup + "\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("masterId"));
	}

	@Test
	void anOrderMergedWithDuplicatesOfItsOwnHandsThemOnAndTheyCloseWithTheLastMaster() throws Exception {
		String first = api.createId(operator, ORDER);
		String middle = api.createId(operator, ORDER);
		String master = revisiting();
		api.act(operator, first, "merge", "{\"masterId\":\"" + middle + "\"}").andExpect(status().isOk());
		api.act(operator, middle, "merge", "{\"masterId\":\"" + master + "\"}").andExpect(status().isOk());
		api.get(operator, first).andExpect(jsonPath("$.status").value("MERGED"))
			.andExpect(jsonPath("$.masterId").value(master));
		api.act(operator, master, "revisit", "{\"resolved\":true,\"satisfaction\":\"SATISFIED\"}");
		api.get(operator, middle).andExpect(jsonPath("$.status").value("CLOSED"));
		api.get(operator, first).andExpect(jsonPath("$.status").value("CLOSED"))
			.andExpect(jsonPath("$.result").value("已补装井盖"));
	}

	@Test
	void duplicatesCloseWithAMasterAnsweredAtOnceAndGoBackToTheQueueWhenItIsCancelled() throws Exception {
		String answered = api.createId(operator, ORDER);
		String dup = api.createId(operator, ORDER);
		api.act(operator, dup, "merge", "{\"masterId\":\"" + answered + "\"}").andExpect(status().isOk());
		api.act(operator, answered, "answer", "{\"answer\":\"已告知处理进度\"}").andExpect(status().isOk());
		api.get(operator, dup).andExpect(jsonPath("$.status").value("CLOSED"))
			.andExpect(jsonPath("$.result").value("已告知处理进度"));

		String cancelled = api.createId(operator, ORDER);
		String other = dispatched(); // merged after dispatch: it leaves its unit
		api.act(operator, other, "merge", "{\"masterId\":\"" + cancelled + "\"}").andExpect(status().isOk());
		api.act(operator, cancelled, "cancel", "{\"reason\":\"误录\"}").andExpect(status().isOk());
		api.get(operator, other).andExpect(jsonPath("$.status").value("RECEIVED"))
			.andExpect(jsonPath("$.masterId").doesNotExist())
			.andExpect(jsonPath("$.leadUnitCode").doesNotExist())
			.andExpect(jsonPath("$.dueAt").doesNotExist());
		api.get(street, other).andExpect(status().isNotFound()); // back in the queue, no longer the unit's
		api.act(dispatcher, other, "dispatch", "{\"leadUnitCode\":\"" + STREET + "\"}").andExpect(jsonPath("$.status").value("DISPATCHED"));
	}

	@Test
	void cancelBeforeDispatchByOperatorAfterDispatchOnlyBySupervisor() throws Exception {
		String received = api.createId(operator, ORDER);
		api.act(operator, received, "cancel", "{\"reason\":\"测试工单\"}").andExpect(jsonPath("$.status").value("CANCELLED"));
		String id = dispatched();
		api.act(operator, id, "cancel", "{\"reason\":\"骚扰\"}").andExpect(status().isForbidden());
		api.act(supervisor, id, "cancel", "{\"reason\":\"骚扰电话\"}").andExpect(jsonPath("$.status").value("CANCELLED"));
	}

	@Test
	void directAnswerClosesAConsultationAtIntake() throws Exception {
		String id = api.createId(operator, "{\"channel\":\"HOTLINE\",\"nature\":\"CONSULT\",\"content\":\"公积金提取需要什么材料？\"}");
		api.act(operator, id, "answer", "{\"answer\":\"携带身份证和购房合同到公积金中心办理。\"}")
			.andExpect(jsonPath("$.status").value("ANSWERED"));
		api.act(dispatcher, id, "dispatch", "{\"leadUnitCode\":\"CSGLJ\"}").andExpect(status().isConflict());
	}

	@Test
	void anAnswerCitesAnArticleOfTheKnowledgeBaseOrIsRefused() throws Exception {
		String id = api.createId(operator,
				"{\"channel\":\"HOTLINE\",\"nature\":\"CONSULT\",\"content\":\"社保卡丢了怎么补办？\"}");
		api.act(operator, id, "answer", "{\"answer\":\"到社保中心补办\",\"articleId\":\"no-such-article\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("articleId"));
		api.get(operator, id).andExpect(jsonPath("$.status").value("RECEIVED"));
		String article = knowledge.search("社保卡丢了怎么办", 1).get(0).id();
		api.act(operator, id, "answer", "{\"answer\":\"到社保中心补办\",\"articleId\":\"" + article + "\"}")
			.andExpect(jsonPath("$.status").value("ANSWERED"));
	}

	@Test
	void verificationRequiredItemsGoToVerifyingAndAFailedCheckReturnsToTheUnit() throws Exception {
		String item = TestItems.create(mvc, "TEST-VERIFY-1", true, "PT2H", "NATURAL");
		String id = api.createId(operator, ORDER.replace("\"channel\"", "\"itemCode\":\"" + item + "\",\"channel\""));
		api.act(dispatcher, id, "dispatch", "{\"leadUnitCode\":\"" + STREET + "\"}");
		api.act(street, id, "sign", "{}");
		api.act(street, id, "reply", "{\"result\":\"已处理\"}").andExpect(jsonPath("$.status").value("VERIFYING"));
		api.act(dispatcher, id, "verify", "{\"passed\":false,\"note\":\"现场未整改\"}").andExpect(jsonPath("$.status").value("IN_PROGRESS"));
		api.act(street, id, "reply", "{\"result\":\"已整改\"}");
		api.act(dispatcher, id, "verify", "{\"passed\":true}").andExpect(jsonPath("$.status").value("REVISITING"));
	}
	/**
	 * The list's {@code phone} filter, which docs/intake.md names (outside check, 2026-11-28: the API ignored it):
	 * the caller's number however written finds their orders, for operators and administrators; others are refused,
	 * which orders a number called about being the caller's personal data.
	 */
	@Test
	void operatorsFindACallersOrdersByTheirNumberHoweverWritten() throws Exception {
		String phone = "137" + String.format("%08d", (long) (Math.random() * 1e8));
		String id = api.createId(operator, ORDER.replace("13812345678", phone));
		String written = phone.substring(0, 3) + "-" + phone.substring(3, 7) + "-" + phone.substring(7);
		for (String asked : new String[] { phone, written, "+86 " + phone }) {
			JsonNode page = api.read(mvc.perform(get("/api/v1/work-orders").param("phone", asked).with(operator)));
			assertThat(page.get("content").findValuesAsString("id")).as(asked).containsExactly(id);
			assertThat(page.toString()).doesNotContain(phone);
		}
		assertThat(api.read(mvc.perform(get("/api/v1/work-orders").param("phone", "13700000000").with(TestActors.admin())))
			.get("content").findValuesAsString("id")).doesNotContain(id);
		mvc.perform(get("/api/v1/work-orders").param("phone", phone).with(dispatcher)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/work-orders").param("phone", phone).with(street)).andExpect(status().isForbidden());
	}
}
