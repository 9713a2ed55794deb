package org.liandong.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liandong.identity.Role;
import org.liandong.linkage.LinkageApi;
import org.liandong.support.IntegrationTest;
import org.liandong.support.Open311TestClients;
import org.liandong.support.TestActors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.json.JsonMapper;

/**
 * A whole lifecycle with a citizen's name and number (intake, dispatch, sign, contact, reply, revisit, a rejected
 * request carrying the number, the SMS receipt) writes neither into the log, while the log does show the masked
 * number, so the logging path really ran.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataInLogsIntegrationTests {

	private static final String PHONE = "13987650123";
	private static final String NAME = "欧阳明轩";

	@Autowired
	MockMvc mvc;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void aLifecycleRunLogsNoCitizenNameOrNumber(CapturedOutput output) throws Exception {
		RequestPostProcessor operator = TestActors.role(Role.OPERATOR);
		RequestPostProcessor street = TestActors.handler(LinkageApi.STREET);
		String id = json.readTree(act(operator, "/api/v1/work-orders", """
				{"channel":"HOTLINE","content":"海滨路井盖缺失，联系人%s，电话%s","citizenName":"%s","citizenPhone":"%s",
				 "address":"海滨北路7号","regionCode":"371002003000"}""".formatted(NAME, PHONE, NAME, PHONE), 201))
			.get("id").asString();
		act(TestActors.role(Role.DISPATCHER), "/api/v1/work-orders/" + id + "/dispatch",
				"{\"leadUnitCode\":\"" + LinkageApi.STREET + "\"}", 200);
		act(street, "/api/v1/work-orders/" + id + "/sign", "{}", 200);
		act(street, "/api/v1/work-orders/" + id + "/contact", "{\"way\":\"PHONE\",\"outcome\":\"已联系 " + PHONE + "\"}",
				200);
		act(street, "/api/v1/work-orders/" + id + "/reply", "{\"result\":\"已补装井盖\"}", 200);
		act(operator, "/api/v1/work-orders/" + id + "/revisit", "{\"resolved\":true,\"satisfaction\":\"SATISFIED\"}",
				200);
		// a rejected request with the number in a bad field
		act(operator, "/api/v1/work-orders", "{\"channel\":\"HOTLINE\",\"content\":\"x\",\"citizenPhone\":\"" + PHONE
				+ "x\",\"regionCode\":\"" + PHONE + "\"}", 400);
		mvc.perform(get("/api/v1/work-orders/{id}", id).with(TestActors.admin()));
		mvc.perform(get("/work-orders/{id}", id).with(TestActors.admin()));

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(output.getAll()).contains("139****0123"));
		assertThat(output.getAll()).doesNotContain(PHONE, NAME, "欧阳");
	}

	/**
	 * The other doors a citizen's details come through: Open311 (name, number, e-mail; also a refused request), the
	 * portal, the hotline console, and a number blocked by a supervisor that then calls again. None of the details is
	 * written into the log; the receipts' masked numbers are, so the logging path ran.
	 */
	@Test
	void theOtherDoorsLogNoCitizenNameNumberOrEmail(CapturedOutput output) throws Exception {
		String open311Phone = "13987650124";
		String portalPhone = "13987650125";
		String consolePhone = "13987650126";
		String blockedPhone = "13987650127";
		String email = "ouyang.mingxuan@example.org";
		// a client of its own: the demo client's rate is shared with every other test of the context
		String apiKey = Open311TestClients.apiKey(mvc, "logs-" + java.util.UUID.randomUUID(), 1000);
		// one accepted, one refused (an unknown service), both carrying the citizen's name, number and e-mail
		for (String service : List.of("CE-0102", "NO-SUCH-SERVICE")) {
			int status = mvc.perform(post("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.characterEncoding("UTF-8")
				.with(r -> {
					r.setRemoteAddr("10.9.0.9");
					return r;
				})
				.param("api_key", apiKey)
				.param("service_code", service)
				.param("address_string", "竹岛")
				.param("description", "竹岛路边垃圾堆放，联系人" + NAME)
				.param("first_name", "明轩")
				.param("last_name", "欧阳")
				.param("email", email)
				.param("phone", open311Phone)).andReturn().getResponse().getStatus();
			assertThat(status).as(service).isEqualTo(service.startsWith("NO-") ? 404 : 200);
		}
		assertThat(portal("10.9.0.7", "环翠区文化路人行道地砖松动，容易绊倒行人。", portalPhone).getStatus()).isEqualTo(302);
		mvc.perform(post("/intake/console").with(TestActors.role(Role.OPERATOR))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("channel", "HOTLINE")
			.param("citizenName", NAME)
			.param("citizenPhone", consolePhone)
			.param("address", "文化路 8 号")
			.param("content", "文化路人行道地砖松动，昨天晚上有老人绊倒"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().is3xxRedirection());
		mvc.perform(post("/intake/blocked-callers").with(TestActors.role(Role.SUPERVISOR))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("phone", blockedPhone)
			.param("reason", "反复骚扰"));
		// the portal refuses a blocked number (the form comes back with a message); nothing about it is logged
		String refused = portal("10.9.0.8", "又来电，文化路人行道地砖松动", blockedPhone).getContentAsString();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM wo_order WHERE citizen_phone = :p").param("p", blockedPhone)
			.query(Long.class).single()).as(refused).isZero();

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(output.getAll()).contains("139****0124", "139****0125", "139****0126"));
		assertThat(output.getAll()).doesNotContain(open311Phone, portalPhone, consolePhone, blockedPhone, NAME, "欧阳",
				"明轩", email);
	}

	/**
	 * A page's parameter Spring cannot take (of the wrong type, missing) is refused with 400, and logged without its
	 * value: Spring's own resolver wrote "For input string: \"王小明13912345678\"" (outside check, 2026-12).
	 */
	@Test
	void aPagesParameterOfTheWrongKindIsLoggedWithoutItsValue(CapturedOutput output) throws Exception {
		String phone = "13612345670";
		var csrf = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();
		for (String path : List.of("/work-orders?page=" + NAME + phone, "/work-orders?overdue=" + phone,
				"/evaluation/revisits?page=" + phone, "/users?page=" + NAME + phone)) {
			var answer = mvc.perform(get(java.net.URI.create(path.replace(NAME,
					java.net.URLEncoder.encode(NAME, java.nio.charset.StandardCharsets.UTF_8))))
				.with(TestActors.admin())
				.accept(MediaType.TEXT_HTML)).andReturn().getResponse();
			assertThat(answer.getStatus()).as(path).isEqualTo(400);
		}
		// a form's fields: an enum and a number of the wrong kind, a required one missing
		assertThat(mvc.perform(post("/users").with(TestActors.admin()).with(csrf)
			.param("username", "x" + phone)
			.param("displayName", NAME)
			.param("role", NAME + phone)
			.param("password", "secret" + phone)).andReturn().getResponse().getStatus()).isEqualTo(400);
		assertThat(mvc.perform(post("/users/admin").with(TestActors.admin()).with(csrf)
			.param("displayName", NAME)
			.param("role", "ADMIN")
			.param("version", phone + NAME)).andReturn().getResponse().getStatus()).isEqualTo(400);
		assertThat(mvc.perform(post("/users/admin").with(TestActors.admin()).with(csrf)
			.param("displayName", NAME + phone)
			.param("role", "ADMIN")).andReturn().getResponse().getStatus()).isEqualTo(400);

		assertThat(output.getAll()).contains("MethodArgumentTypeMismatchException (parameter 'page')",
				"MethodArgumentTypeMismatchException (parameter 'overdue')",
				"MethodArgumentTypeMismatchException (parameter 'role')",
				"MissingServletRequestParameterException (parameter 'version')");
		assertThat(output.getAll()).doesNotContain(phone, NAME, "欧阳", "For input string");
	}

	/** A citizen's request through the portal's form, from the given client address (the portal limits each). */
	private org.springframework.mock.web.MockHttpServletResponse portal(String address, String content, String phone)
			throws Exception {
		return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.multipart("/portal/requests")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.with(r -> {
				r.setRemoteAddr(address);
				return r;
			})
			.param("content", content)
			.param("address", "文化路 12 号")
			.param("citizenName", NAME)
			.param("citizenPhone", phone)).andReturn().getResponse();
	}

	private String act(RequestPostProcessor who, String path, String body, int expected) throws Exception {
		var response = mvc.perform(post(path).with(who).contentType(MediaType.APPLICATION_JSON).content(body)).andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(expected);
		return response.getContentAsString();
	}
}
