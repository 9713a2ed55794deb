package org.liandong.triage;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.liandong.identity.Role;
import org.liandong.support.IntegrationTest;
import org.liandong.support.TestActors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The {@code /triage} page. */
@IntegrationTest
class TriagePageIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void showsTheSuggestionThePlaceAndTheModelToADispatcher() throws Exception {
		mvc.perform(get("/triage").param("text", "竹岛街道海滨北路雨水井盖缺失").param("address", "环翠区竹岛街道")
			.with(TestActors.role(Role.DISPATCHER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"suggestion\"")))
			.andExpect(content().string(containsString("371002003000")))
			.andExpect(content().string(containsString("id=\"model\"")))
			.andExpect(content().string(containsString("智能分拨")))
			// the place reason in words, the model's figures as a table, not codes and JSON
			.andExpect(content().string(containsString("按地名：")))
			.andExpect(content().string(not(containsString("NAME:"))))
			.andExpect(content().string(containsString("词项数")))
			.andExpect(content().string(containsString("<td>责任清单")))
			.andExpect(content().string(containsString("id=\"model-domains\"")))
			.andExpect(content().string(not(containsString("\"examples\":"))));
	}

	@Test
	void saysWhenThePlaceIsNotResolved() throws Exception {
		mvc.perform(get("/triage").param("text", "路灯不亮").param("address", "火星基地一号").param("lang", "en")
			.with(TestActors.role(Role.OPERATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No place name found")))
			.andExpect(content().string(not(containsString("NO_PLACE_NAME"))));
	}

	@Test
	void showsTheFormWithoutASuggestionWhenThereIsNoText() throws Exception {
		mvc.perform(get("/triage").with(TestActors.role(Role.DISPATCHER)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"suggestion\""))));
	}

	/** A form sent without text, or with a point that is no point, is said on the page (outside check, 2026-11-29). */
	@Test
	void saysOnThePageWhatIsWrongWithTheForm() throws Exception {
		mvc.perform(get("/triage").param("text", "  ").with(TestActors.role(Role.DISPATCHER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请输入要分析的诉求内容")))
			.andExpect(content().string(not(containsString("id=\"suggestion\""))));
		for (String[] point : new String[][] { { "abc", "122.1" }, { "37.5", "" }, { "95", "122.1" } }) {
			mvc.perform(get("/triage").param("text", "路灯不亮").param("lat", point[0]).param("lon", point[1])
				.param("lang", "en").with(TestActors.role(Role.DISPATCHER)))
				.andExpect(status().isOk())
				.andExpect(content().contentTypeCompatibleWith("text/html"))
				.andExpect(content().string(containsString("Latitude and longitude go together")));
		}
		mvc.perform(get("/triage").param("text", "路灯不亮").param("lat", "37.5").param("lon", "122.1")
			.param("coordSystem", "BD09").with(TestActors.role(Role.DISPATCHER)))
			.andExpect(content().string(containsString("坐标系须为 WGS84 或 GCJ02")));
	}

	/**
	 * The form posts: a 4,000-character text does not fit a request line as a query (outside check: the server's bare
	 * 400); longer than the API takes is said on the page; a post without the form's token is refused.
	 */
	@Test
	void theFormPostsAndSaysWhenTheTextIsTooLong() throws Exception {
		mvc.perform(get("/triage").with(TestActors.role(Role.DISPATCHER)))
			.andExpect(content().string(containsString("method=\"post\"")))
			.andExpect(content().string(containsString("name=\"_csrf\"")));
		mvc.perform(post("/triage").param("text", "竹岛街道海滨北路雨水井盖缺失" + "，井盖缺失".repeat(700))
			.with(csrf()).with(TestActors.role(Role.DISPATCHER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"suggestion\"")))
			.andExpect(content().string(containsString("371002003000")));
		// 3,500 characters in lines, as a browser sends a text box: CR LF is one line break, within the limit
		mvc.perform(post("/triage").param("text", "井盖缺失\r\n".repeat(700)).with(csrf())
			.with(TestActors.role(Role.DISPATCHER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"suggestion\"")));
		mvc.perform(post("/triage").param("text", "路".repeat(4001)).with(csrf()).with(TestActors.role(Role.DISPATCHER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("诉求内容不得超过 4000 字")))
			.andExpect(content().string(not(containsString("id=\"suggestion\""))));
		mvc.perform(post("/triage").param("text", "路灯不亮").with(TestActors.role(Role.DISPATCHER)))
			.andExpect(status().isForbidden());
	}

	@Test
	void refusesUnitHandlers() throws Exception {
		mvc.perform(get("/triage").with(TestActors.handler("CSGLJ"))).andExpect(status().isForbidden());
	}
}
