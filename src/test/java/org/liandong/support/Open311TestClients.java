package org.liandong.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An Open311 client of a test's own, registered by the administrator through the API: the demo client's rate is
 * shared by every test of the application context.
 */
public final class Open311TestClients {

	private Open311TestClients() {
	}

	/** The registered client as answered ({@code id}, {@code apiKey}, …). */
	public static JsonNode create(MockMvc mvc, String name, int ratePerMinute) throws Exception {
		MockHttpServletResponse response = mvc
			.perform(post("/api/v1/open311/clients").with(TestActors.admin())
				.contentType(MediaType.APPLICATION_JSON)
				.content(JsonMapper.shared()
					.writeValueAsString(java.util.Map.of("name", name, "ratePerMinute", ratePerMinute))))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
		return JsonMapper.shared().readTree(response.getContentAsString());
	}

	/** The API key of a new client. */
	public static String apiKey(MockMvc mvc, String name, int ratePerMinute) throws Exception {
		return create(mvc, name, ratePerMinute).get("apiKey").asString();
	}
}
