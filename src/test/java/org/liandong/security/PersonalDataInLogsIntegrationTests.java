package org.liandong.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liandong.identity.Role;
import org.liandong.linkage.LinkageApi;
import org.liandong.support.IntegrationTest;
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

	private String act(RequestPostProcessor who, String path, String body, int expected) throws Exception {
		var response = mvc.perform(post(path).with(who).contentType(MediaType.APPLICATION_JSON).content(body)).andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(expected);
		return response.getContentAsString();
	}
}
