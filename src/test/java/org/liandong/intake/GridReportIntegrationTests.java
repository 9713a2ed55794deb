package org.liandong.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.liandong.identity.Actor;
import org.liandong.identity.Role;
import org.liandong.support.IntegrationTest;
import org.liandong.support.TestActors;
import org.liandong.workorder.Channel;
import org.liandong.workorder.WorkOrderStatus;
import org.liandong.workorder.WorkOrderSummary;
import org.liandong.workorder.WorkOrders;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

/** Grid workers report problems in their grid (channel GRID) and close simple items on the spot with evidence. */
@IntegrationTest
class GridReportIntegrationTests {

	static final RequestPostProcessor WORKER = TestActors
		.as(new Actor("u-g-1", "g-HC-01", "网格员", Role.GRID_WORKER, null, null, Set.of("HC-01")));

	static final RequestPostProcessor TWO_GRIDS = TestActors
		.as(new Actor("u-g-2", "g-HC-02", "网格员", Role.GRID_WORKER, null, null, Set.of("HC-02", "HC-03")));

	@Autowired
	MockMvc mvc;

	@Autowired
	WorkOrders orders;

	@Autowired
	JdbcClient jdbc;

	String photo(RequestPostProcessor who) throws Exception {
		String json = mvc.perform(multipart("/api/v1/files")
			.file(new MockMultipartFile("file", "rubbish.png", "image/png", PortalIntegrationTests.PNG))
			.with(who)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return JsonPath.read(json, "$.id");
	}

	long orderCount() {
		return jdbc.sql("SELECT COUNT(*) FROM wo_order").query(Long.class).single();
	}

	@Test
	void aReportBecomesAGridOrderInTheWorkersOnlyGrid() throws Exception {
		String id = photo(WORKER);
		String json = mvc.perform(post("/api/v1/grid-reports").with(WORKER)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"content\":\"海滨北路人行道上的井盖松动\",\"attachments\":[\"" + id + "\"],"
					+ "\"lat\":37.5091,\"lon\":122.1203,\"address\":\"海滨北路88号\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("RECEIVED"))
			.andExpect(jsonPath("$.gridCode").value("HC-01"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		WorkOrderSummary order = orders.find(JsonPath.read(json, "$.id")).orElseThrow();
		assertThat(order.channel()).isEqualTo(Channel.GRID);
		assertThat(order.gridCode()).isEqualTo("HC-01");
		mvc.perform(get("/api/v1/work-orders/" + order.id()).with(WORKER)).andExpect(status().isOk());
	}

	@Test
	void aReportWithoutAPlaceTheGazetteerKnowsTakesTheRegionOfTheWorkersGrid() throws Exception {
		String grid = jdbc.sql("SELECT code FROM tr_grid ORDER BY code").query(String.class).list().get(0);
		String street = jdbc.sql("SELECT street_code FROM tr_grid WHERE code = :c").param("c", grid)
			.query(String.class).single();
		var worker = TestActors
			.as(new Actor("u-g-9", "g-" + grid, "网格员", Role.GRID_WORKER, null, null, Set.of(grid)));
		String json = mvc.perform(post("/api/v1/grid-reports").with(worker)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"content\":\"小区门口路灯不亮\",\"address\":\"小区东门\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		WorkOrderSummary order = orders.find(JsonPath.read(json, "$.id")).orElseThrow();
		assertThat(order.gridCode()).isEqualTo(grid);
		assertThat(order.regionCode()).isEqualTo(street);
	}

	/** A point inside the grid's polygon: {lat, lon}. */
	double[] inside(String grid) throws Exception {
		String wkt = jdbc.sql("SELECT polygon_wkt FROM tr_grid WHERE code = :c").param("c", grid).query(String.class)
			.single();
		var p = new org.locationtech.jts.io.WKTReader().read(wkt).getInteriorPoint();
		return new double[] { p.getY(), p.getX() };
	}

	String at(double[] point) {
		return ",\"lat\":" + point[0] + ",\"lon\":" + point[1];
	}

	/**
	 * A GRID order is in the worker's grid where the problem is: a position outside every grid of the worker is
	 * refused (outside check, 2026-11-29: 文登营镇, grid 371003100-01, was filed in 371002003-02 by its worker).
	 */
	@Test
	void aPositionOutsideEveryGridOfTheWorkerIsRefusedAndInsideOneGivesThatGrid() throws Exception {
		var worker = TestActors.as(new Actor("u-g-32", "g-371002003-02", "网格员", Role.GRID_WORKER, null, null,
				Set.of("371002003-02")));
		double[] wendengying = { 37.2522, 122.1129 };
		long before = orderCount();
		mvc.perform(post("/api/v1/grid-reports").with(worker).contentType(MediaType.APPLICATION_JSON)
			.content("{\"content\":\"文登营镇路面塌陷\"" + at(wendengying) + "}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("lat"))
			.andExpect(jsonPath("$.errors[0].message").value("The position lies outside your grid."));
		// the page says it in its language, Chinese first
		mvc.perform(multipart("/intake/grid").param("content", "文登营镇路面塌陷").param("lat", "37.2522")
			.param("lon", "122.1129").with(csrf()).with(worker))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.containsString("该位置不在您负责的网格内")));
		// an administrator's named grid must hold the position too
		mvc.perform(post("/api/v1/grid-reports").with(TestActors.admin()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"content\":\"文登营镇路面塌陷\",\"gridCode\":\"371002003-02\"" + at(wendengying) + "}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("lat"))
			.andExpect(jsonPath("$.errors[0].message").value("The position lies outside grid 371002003-02."));
		assertThat(orderCount()).isEqualTo(before);
		String region = jdbc.sql("SELECT COALESCE(community_code, street_code) FROM tr_grid WHERE code = '371002003-02'")
			.query(String.class).single();
		mvc.perform(post("/api/v1/grid-reports").with(worker).contentType(MediaType.APPLICATION_JSON)
			.content("{\"content\":\"路面塌陷\"" + at(inside("371002003-02")) + "}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.gridCode").value("371002003-02"));
		assertThat(jdbc.sql("SELECT region_code FROM wo_order WHERE content = '路面塌陷' AND channel = 'GRID'")
			.query(String.class).list()).contains(region);
	}

	/** With a position, the position decides among a worker's grids; the grid named is taken when it holds it. */
	@Test
	void thePositionChoosesAmongTheWorkersGrids() throws Exception {
		var worker = TestActors.as(new Actor("u-g-33", "g-two", "网格员", Role.GRID_WORKER, null, null,
				Set.of("371002003-01", "371002003-02")));
		String body = "{\"content\":\"井盖松动\"%s%s}";
		mvc.perform(post("/api/v1/grid-reports").with(worker).contentType(MediaType.APPLICATION_JSON)
			.content(body.formatted("", at(inside("371002003-02")))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.gridCode").value("371002003-02"));
		mvc.perform(post("/api/v1/grid-reports").with(worker).contentType(MediaType.APPLICATION_JSON)
			.content(body.formatted(",\"gridCode\":\"371002003-02\"", at(inside("371002003-01")))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.gridCode").value("371002003-01"));
		mvc.perform(post("/api/v1/grid-reports").with(worker).contentType(MediaType.APPLICATION_JSON)
			.content(body.formatted(",\"gridCode\":\"371002003-01\"", at(new double[] { 37.2522, 122.1129 }))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("lat"));
	}

	@Test
	void aSimpleItemIsClosedOnTheSpotWithEvidence() throws Exception {
		String id = photo(WORKER);
		String json = mvc.perform(post("/api/v1/grid-reports").with(WORKER)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"content\":\"路边暴露垃圾一堆\",\"attachments\":[\"" + id + "\"],\"address\":\"文化西路5号\","
					+ "\"itemCode\":\"CE-0102\",\"closeOnSpot\":true,\"result\":\"已联系保洁清运完毕\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("ANSWERED"))
			.andExpect(jsonPath("$.closedOnSpot").value(true))
			.andReturn()
			.getResponse()
			.getContentAsString();
		WorkOrderSummary order = orders.find(JsonPath.read(json, "$.id")).orElseThrow();
		assertThat(order.status()).isEqualTo(WorkOrderStatus.ANSWERED);
		assertThat(jdbc.sql("SELECT closed_on_spot FROM in_grid_report WHERE order_id = :id")
			.param("id", order.id())
			.query(Boolean.class)
			.single()).isTrue();
		// the answer's timeline entry carries the result and says the worker closed it on the spot; the photo is
		// the intake entry's (the note was dropped before: outside check, 2026-11-28)
		assertThat(jdbc.sql("SELECT note FROM wo_timeline WHERE order_id = :id AND action = 'ANSWER'")
			.param("id", order.id())
			.query(String.class)
			.single()).contains("已联系保洁清运完毕", "网格员就地办结", "1 张");
		assertThat(jdbc.sql("SELECT attachments FROM wo_timeline WHERE order_id = :id AND action = 'RECEIVE'")
			.param("id", order.id())
			.query(String.class)
			.single()).contains(id);
	}

	@Test
	void onSpotClosingIsRefusedForOtherItemsOrWithoutEvidenceAndStoresNothing() throws Exception {
		long before = orderCount();
		mvc.perform(post("/api/v1/grid-reports").with(WORKER)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"content\":\"井盖缺失\",\"address\":\"文化西路5号\",\"itemCode\":\"CG-0101\",\"closeOnSpot\":true,"
					+ "\"result\":\"已处理\",\"attachments\":[\"" + photo(WORKER) + "\"]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("itemCode"));
		mvc.perform(post("/api/v1/grid-reports").with(WORKER)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"content\":\"暴露垃圾\",\"address\":\"文化西路5号\",\"itemCode\":\"CE-0102\",\"closeOnSpot\":true}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", Matchers.hasItems("result", "attachments")))
			// the API's messages are English, whatever the caller's language (these were Chinese)
			.andExpect(jsonPath("$.errors[*].message", Matchers.everyItem(Matchers.matchesPattern("[\\x20-\\x7E]+"))));
		assertThat(orderCount()).isEqualTo(before);
	}

	@Test
	void theGridMustBeOneOfTheWorkersAndOnlyGridWorkersReport() throws Exception {
		String body = "{\"content\":\"道路不洁\",\"address\":\"文化西路5号\"%s}";
		mvc.perform(post("/api/v1/grid-reports").with(TWO_GRIDS).contentType(MediaType.APPLICATION_JSON)
			.content(body.formatted(""))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("gridCode"));
		mvc.perform(post("/api/v1/grid-reports").with(TWO_GRIDS).contentType(MediaType.APPLICATION_JSON)
			.content(body.formatted(",\"gridCode\":\"HC-01\""))).andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/grid-reports").with(TWO_GRIDS).contentType(MediaType.APPLICATION_JSON)
			.content(body.formatted(",\"gridCode\":\"HC-03\""))).andExpect(status().isCreated())
			.andExpect(jsonPath("$.gridCode").value("HC-03"));
		mvc.perform(post("/api/v1/grid-reports").with(TestActors.role(Role.OPERATOR))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.formatted(""))).andExpect(status().isForbidden());
	}

	@Test
	void aMalformedBodyIs403ForOtherRolesAnd400ForAWorker() throws Exception {
		long before = orderCount();
		mvc.perform(post("/api/v1/grid-reports").with(TestActors.role(Role.OPERATOR))
			.contentType(MediaType.APPLICATION_JSON).content("{nope")).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/grid-reports").with(WORKER).contentType(MediaType.APPLICATION_JSON).content("{nope"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("body"));
		mvc.perform(post("/api/v1/grid-reports").with(WORKER).contentType(MediaType.APPLICATION_JSON)
			.content("{\"content\":\"道路不洁\",\"address\":\"文化西路5号\",\"lat\":\"north\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("lat"));
		// outside the city's boundary (the sea 2.8 km off the coast, inside the box checked before), and a
		// coordinate system the work-order module does not read
		mvc.perform(post("/api/v1/grid-reports").with(WORKER).contentType(MediaType.APPLICATION_JSON)
			.content("{\"content\":\"道路不洁\",\"lat\":37.6,\"lon\":122.1}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("lat"))
			.andExpect(jsonPath("$.errors[0].message").value("The chosen place is outside the city."));
		mvc.perform(post("/api/v1/grid-reports").with(WORKER).contentType(MediaType.APPLICATION_JSON)
			.content("{\"content\":\"道路不洁\",\"lat\":37.51,\"lon\":122.12,\"coordSystem\":\"BD09\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("coordSystem"));
		// a null among the attachments' ids is a field of the request, not a 500
		mvc.perform(post("/api/v1/grid-reports").with(WORKER).contentType(MediaType.APPLICATION_JSON)
			.content("{\"content\":\"楼道杂物\",\"address\":\"文化西路5号\",\"attachments\":[null]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("attachments"));
		assertThat(orderCount()).isEqualTo(before);
	}

	@Test
	void aRetryWithTheSameIdempotencyKeyCreatesOneOrder() throws Exception {
		String key = UUID.randomUUID().toString();
		String body = "{\"content\":\"绿地脏乱，有人倾倒杂物\",\"address\":\"统一路100号\"}";
		String first = mvc.perform(post("/api/v1/grid-reports").with(WORKER).header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		long count = orderCount();
		String second = mvc.perform(post("/api/v1/grid-reports").with(WORKER).header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		assertThat(second).isEqualTo(first);
		assertThat(orderCount()).isEqualTo(count);
	}

	@Test
	void thePhonePageTakesAReportWithAPhoto() throws Exception {
		mvc.perform(get("/intake/grid").with(WORKER)).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("capture=\"environment\"")));
		mvc.perform(multipart("/intake/grid")
			.file(new MockMultipartFile("photos", "a.png", "image/png", PortalIntegrationTests.PNG))
			.param("content", "街头散发小广告")
			.param("address", "新威路1号")
			.param("itemCode", "CE-0204")
			.param("closeOnSpot", "true")
			.param("result", "已劝离并清理")
			.with(csrf())
			.with(WORKER)).andExpect(status().is3xxRedirection());
		mvc.perform(multipart("/intake/grid").param("content", "").param("address", "").with(csrf()).with(WORKER))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.containsString("请填写上报内容")));
		mvc.perform(multipart("/intake/grid").param("content", "").param("address", "").param("lang", "en")
			.with(csrf()).with(WORKER))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.allOf(Matchers.containsString("Please describe what you found."),
					Matchers.containsString("Please give an address or pick the place on the map."),
					Matchers.not(Matchers.containsString("请填写上报内容")))));
		mvc.perform(get("/intake/grid").with(TestActors.role(Role.OPERATOR))).andExpect(status().isForbidden());
		// an administrator has no grid of their own: the form asks for one, and takes the report in it
		mvc.perform(get("/intake/grid").with(TestActors.admin())).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("name=\"gridCode\" id=\"gridCode\" required")));
		mvc.perform(multipart("/intake/grid").param("content", "路面坑洼").param("address", "新威路1号")
			.param("gridCode", "371002003-01").with(csrf()).with(TestActors.admin()))
			.andExpect(status().is3xxRedirection());
	}
}
