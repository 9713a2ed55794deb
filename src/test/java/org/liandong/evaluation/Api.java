package org.liandong.evaluation;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Drives the work-order and evaluation APIs from tests. */
final class Api {

	private final MockMvc mvc;
	private final JsonMapper json = JsonMapper.builder().build();

	Api(MockMvc mvc) {
		this.mvc = mvc;
	}

	String create(RequestPostProcessor who, String regionCode) throws Exception {
		return create(who, regionCode, null);
	}

	/** An order placed in {@code regionCode}, of the responsibility item {@code itemCode} (none when null). */
	String create(RequestPostProcessor who, String regionCode, String itemCode) throws Exception {
		String body = "{\"channel\":\"HOTLINE\",\"content\":\"考核测试工单：路灯不亮，请尽快维修。\",\"citizenName\":\"李四\","
				+ "\"citizenPhone\":\"13900001111\",\"regionCode\":\"" + regionCode + "\""
				+ (itemCode == null ? "" : ",\"itemCode\":\"" + itemCode + "\"") + "}";
		var result = mvc.perform(post("/api/v1/work-orders").with(who).contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isCreated()).andReturn();
		return json.readTree(result.getResponse().getContentAsString()).get("id").asString();
	}

	JsonNode act(RequestPostProcessor who, String id, String action, String body) throws Exception {
		var result = mvc.perform(post("/api/v1/work-orders/{id}/{action}", id, action).with(who)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isOk()).andReturn();
		return json.readTree(result.getResponse().getContentAsString());
	}

	JsonNode get(RequestPostProcessor who, String path, Object... vars) throws Exception {
		var result = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path, vars)
			.with(who)).andExpect(status().isOk()).andReturn();
		return json.readTree(result.getResponse().getContentAsString());
	}
}
