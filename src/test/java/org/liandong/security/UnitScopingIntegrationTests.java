package org.liandong.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.liandong.identity.Role;
import org.liandong.linkage.LinkageApi;
import org.liandong.support.IntegrationTest;
import org.liandong.support.TestActors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A handler of one unit learns nothing about another unit's order: every endpoint that takes an order id (API and
 * pages, reads and every action, supervision, urging, whistles on it) answers exactly as it answers for an id that
 * does not exist (never a 500), and where the handler's role could act on an order of its own, that answer is 404.
 * The order is unchanged afterwards.
 */
@IntegrationTest
class UnitScopingIntegrationTests {

	private static final List<String> ACTIONS = List.of("answer", "dispatch", "reassign", "sign", "contact",
			"request-return", "approve-return", "reject-return", "request-extension", "approve-extension",
			"reject-extension", "reply", "verify", "revisit", "reopen", "close", "shelve", "unshelve", "merge", "cancel");

	/** Actions a handler may take on an order of its own unit: on a foreign order they must answer 404. */
	private static final List<String> HANDLER_ACTIONS = List.of("sign", "contact", "request-return",
			"request-extension", "reply");

	@Autowired
	MockMvc mvc;

	private final RequestPostProcessor otherHandler = TestActors.handler("ST-371003001");

	record Probe(String name, java.util.function.Function<String, MockHttpServletRequestBuilder> request,
			boolean mustBe404) {
	}

	private List<Probe> probes() {
		List<Probe> probes = new ArrayList<>();
		probes.add(new Probe("GET api", id -> get("/api/v1/work-orders/{id}", id), true));
		probes.add(new Probe("GET timeline", id -> get("/api/v1/work-orders/{id}/timeline", id), true));
		probes.add(new Probe("GET page", id -> get("/work-orders/{id}", id), true));
		for (String action : ACTIONS) {
			String body = "{\"note\":\"x\",\"leadUnitCode\":\"ST-371003001\",\"reason\":\"x\",\"content\":\"x\"}";
			probes.add(new Probe("API " + action, id -> post("/api/v1/work-orders/{id}/{action}", id, action)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body), HANDLER_ACTIONS.contains(action)));
			probes.add(new Probe("page " + action, id -> post("/work-orders/{id}/actions/{action}", id, action)
				.param("note", "x")
				.with(csrf()), false));
			probes.add(new Probe("workbench " + action, id -> post("/workbench/orders/{id}/{action}", id, action)
				.param("note", "x")
				.with(csrf()), false));
		}
		probes.add(new Probe("workbench opinion", id -> post("/workbench/orders/{id}/opinion", id).param("note", "x")
			.with(csrf()), false));
		probes.add(new Probe("API opinion", id -> post("/api/v1/work-orders/{id}/opinions", id)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"opinion\":\"x\"}"), true));
		probes.add(new Probe("workbench dispatch", id -> post("/workbench/dispatch/{id}", id)
			.param("leadUnitCode", "ST-371003001")
			.with(csrf()), false));
		probes.add(new Probe("supervise", id -> post("/api/v1/work-orders/{id}/supervise", id)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"level\":\"NORMAL\",\"reason\":\"x\"}"), false));
		probes.add(new Probe("urge", id -> post("/api/v1/work-orders/{id}/urge", id)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"note\":\"x\"}"), false));
		probes.add(new Probe("supervision page", id -> post("/supervision/orders/{id}/supervise", id)
			.param("reason", "x")
			.with(csrf()), false));
		probes.add(new Probe("GET duplicates", id -> get("/api/v1/work-orders/{id}/duplicates", id), true));
		probes.add(new Probe("GET similar", id -> get("/api/v1/work-orders/{id}/similar", id), true));
		probes.add(new Probe("revisit page", id -> post("/evaluation/revisits/{id}/record", id).param("note", "x")
			.with(csrf()), false));
		probes.add(new Probe("whistle on it", id -> post("/api/v1/whistles").contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"type":"DAILY","workOrderId":"%s","description":"x","summonedUnitCodes":["CSGLJ"]}""".formatted(id)),
				false));
		return probes;
	}

	@Test
	void aHandlerOfAnotherUnitGetsTheSameAnswerAsForAMissingOrderThroughEveryEndpoint() throws Exception {
		LinkageApi api = new LinkageApi(mvc);
		String foreign = api.dispatchedOrder(TestActors.role(Role.OPERATOR), TestActors.role(Role.DISPATCHER));
		String before = timeline(foreign);
		String missing = UUID.randomUUID().toString();
		SoftAssertions softly = new SoftAssertions();
		for (Probe probe : probes()) {
			MockHttpServletResponse foreignAnswer;
			MockHttpServletResponse missingAnswer;
			try {
				foreignAnswer = mvc.perform(probe.request().apply(foreign).with(otherHandler)).andReturn().getResponse();
				missingAnswer = mvc.perform(probe.request().apply(missing).with(otherHandler)).andReturn().getResponse();
			}
			catch (Exception e) {
				softly.fail(probe.name() + " let an exception escape (a 500 in a server): " + e);
				continue;
			}
			softly.assertThat(foreignAnswer.getStatus()).as(probe.name() + " (as for a missing order)")
				.isEqualTo(missingAnswer.getStatus());
			// page forms answer with a redirect and a message, as for a missing order; the order stays unchanged
			softly.assertThat(foreignAnswer.getStatus()).as(probe.name() + " is refused").isIn(302, 400, 403, 404);
			if (probe.mustBe404()) {
				softly.assertThat(foreignAnswer.getStatus()).as(probe.name()).isEqualTo(404);
			}
			softly.assertThat(foreignAnswer.getContentAsString()).as(probe.name() + " leaks no content")
				.doesNotContain("海滨北路", "13912345678", "李四");
		}
		softly.assertThat(timeline(foreign)).as("the order is unchanged").isEqualTo(before);
		softly.assertAll();
	}

	/** Where an order's id is the first path variable: the API, the order page, the workbench, supervision. */
	private static final List<String> ORDER_PATHS = List.of("/api/v1/work-orders/{id}", "/work-orders/{id}",
			"/workbench/orders/{id}", "/workbench/dispatch/{id}", "/supervision/orders/{id}",
			"/evaluation/revisits/{id}");

	@Autowired
	org.springframework.context.ApplicationContext context;

	/**
	 * The probes above are a list: every mapped endpoint that takes an order's id in its path must be reached by one
	 * of them (same method, a path the mapping matches), so that an endpoint added later is probed too.
	 */
	@Test
	void everyEndpointThatTakesAnOrderIdInItsPathIsProbed() {
		var servletContext = new org.springframework.mock.web.MockServletContext();
		String id = UUID.randomUUID().toString();
		List<String> probed = new ArrayList<>();
		for (Probe probe : probes()) {
			var request = probe.request().apply(id).buildRequest(servletContext);
			probed.add(request.getMethod() + " " + request.getRequestURI());
		}
		var matcher = new org.springframework.util.AntPathMatcher();
		List<String> endpoints = org.liandong.support.Endpoints.of(context)
			.stream()
			.filter(e -> ORDER_PATHS.stream().anyMatch(p -> e.pattern().equals(p) || e.pattern().startsWith(p + "/")))
			.map(Object::toString)
			.toList();
		assertThat(endpoints).as("the order endpoints found").hasSizeGreaterThan(10);
		SoftAssertions softly = new SoftAssertions();
		for (String endpoint : endpoints) {
			String method = endpoint.substring(0, endpoint.indexOf(' '));
			String pattern = endpoint.substring(endpoint.indexOf(' ') + 1);
			softly.assertThat(probed.stream().anyMatch(p -> p.startsWith(method + " ")
					&& matcher.match(pattern, p.substring(method.length() + 1))
					&& p.contains(id)))
				.as(endpoint + " is probed with another unit's order")
				.isTrue();
		}
		softly.assertAll();
	}

	@Autowired
	org.liandong.workorder.WorkOrders orders;

	@Test
	void manyOrdersAtOnceAreVisibleToTheSameCallersAsOneByOne() throws Exception {
		LinkageApi api = new LinkageApi(mvc);
		String order = api.dispatchedOrder(TestActors.role(Role.OPERATOR), TestActors.role(Role.DISPATCHER));
		String missing = UUID.randomUUID().toString();
		var street = new org.liandong.identity.Actor("u-h", "h-" + LinkageApi.STREET, "x", Role.HANDLER,
				LinkageApi.STREET, null, java.util.Set.of());
		var other = new org.liandong.identity.Actor("u-o", "h-ST-371003001", "x", Role.HANDLER, "ST-371003001", null,
				java.util.Set.of());
		for (var actor : List.of(street, other)) {
			assertThat(orders.visibleAmong(actor, List.of(order, missing)))
				.as(actor.username())
				.isEqualTo(orders.isVisibleTo(actor, order) ? java.util.Set.of(order) : java.util.Set.of());
		}
		assertThat(orders.visibleAmong(street, List.of(order))).containsExactly(order);
		assertThat(orders.visibleAmong(other, List.of(order))).isEmpty();
	}

	@Test
	void theHandlerOfTheOrdersUnitCanReadIt() throws Exception {
		LinkageApi api = new LinkageApi(mvc);
		String own = api.dispatchedOrder(TestActors.role(Role.OPERATOR), TestActors.role(Role.DISPATCHER));
		assertThat(mvc.perform(get("/api/v1/work-orders/{id}", own).with(TestActors.handler(LinkageApi.STREET)))
			.andReturn().getResponse().getStatus()).isEqualTo(200);
	}

	private String timeline(String id) throws Exception {
		return mvc.perform(get("/api/v1/work-orders/{id}/timeline", id).with(TestActors.admin())).andReturn()
			.getResponse().getContentAsString();
	}
}
