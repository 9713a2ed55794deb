package org.liandong.workorder;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Small helpers to drive the work-order API from tests. */
final class WorkOrderApi {

	private final MockMvc mvc;
	private final JsonMapper json = JsonMapper.builder().build();

	WorkOrderApi(MockMvc mvc) {
		this.mvc = mvc;
	}

	ResultActions create(RequestPostProcessor who, String body) throws Exception {
		return mvc.perform(post("/api/v1/work-orders").with(who).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	String createId(RequestPostProcessor who, String body) throws Exception {
		return read(create(who, body)).get("id").asString();
	}

	ResultActions act(RequestPostProcessor who, String id, String action, String body) throws Exception {
		return mvc.perform(post("/api/v1/work-orders/{id}/{action}", id, action).with(who)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	ResultActions get(RequestPostProcessor who, String id) throws Exception {
		return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.get("/api/v1/work-orders/{id}", id).with(who));
	}

	JsonNode order(RequestPostProcessor who, String id) throws Exception {
		return read(get(who, id));
	}

	JsonNode timeline(RequestPostProcessor who, String id) throws Exception {
		return read(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.get("/api/v1/work-orders/{id}/timeline", id).with(who)));
	}

	JsonNode read(ResultActions result) throws Exception {
		return json.readTree(result.andReturn().getResponse().getContentAsString());
	}
}
