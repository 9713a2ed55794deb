package org.liandong.linkage;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Drives the work-order and whistle APIs from linkage, supervision and notification tests. */
public final class LinkageApi {

	public static final String STREET = "ST-371002003";
	public static final String ORDER = """
			{"channel":"HOTLINE","content":"竹岛街道海滨北路占道经营，油烟扰民，需多部门联合处置。",
			 "citizenName":"李四","citizenPhone":"13912345678","address":"海滨北路12号","regionCode":"371002003000"}""";

	private final MockMvc mvc;
	private final JsonMapper json = JsonMapper.builder().build();

	public LinkageApi(MockMvc mvc) {
		this.mvc = mvc;
	}

	public ResultActions post(RequestPostProcessor who, String path, String body, Object... vars) throws Exception {
		return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path, vars)
			.with(who)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	public ResultActions get(RequestPostProcessor who, String path, Object... vars) throws Exception {
		return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path, vars).with(who));
	}

	public JsonNode read(ResultActions result) throws Exception {
		return json.readTree(result.andReturn().getResponse().getContentAsString());
	}

	/** A new order dispatched to {@link #STREET}; answers its id. */
	public String dispatchedOrder(RequestPostProcessor operator, RequestPostProcessor dispatcher) throws Exception {
		String id = read(post(operator, "/api/v1/work-orders", ORDER).andExpect(status().isCreated())).get("id")
			.asString();
		post(dispatcher, "/api/v1/work-orders/{id}/dispatch", "{\"leadUnitCode\":\"" + STREET + "\"}", id)
			.andExpect(status().isOk());
		return id;
	}

}
