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
import org.liandong.support.IntegrationTest;
import org.liandong.workorder.Channel;
import org.liandong.workorder.Nature;
import org.liandong.workorder.NewWorkOrder;
import org.liandong.workorder.WorkOrderSummary;
import org.liandong.workorder.WorkOrders;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

/** What the public Open311 answers show of a stored request: well-formed XML whatever the text. */
@IntegrationTest
class Open311PublicAnswersIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	WorkOrders orders;

	final JsonMapper json = JsonMapper.builder().build();

	private String submit(Map<String, String> params) throws Exception {
		var request = post("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.characterEncoding("UTF-8")
			.param("api_key", "demo-open311-key")
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
}
