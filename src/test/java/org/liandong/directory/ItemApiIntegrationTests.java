package org.liandong.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.liandong.identity.Role;
import org.liandong.support.IntegrationTest;
import org.liandong.support.TestActors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@RecordApplicationEvents
class ItemApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	@Autowired
	ApplicationEvents events;

	static String item(String code, String unitCode, String normalDuration, String signMode) {
		return """
				{"code": "%s", "name": "测试事项", "path": ["城乡建设", "市政设施", "井盖"], "nature": "COMPLAINT",
				 "urgency": "URGENT", "description": "测试", "keywords": ["井盖", "窨井"], "publicService": true,
				 "unitRule": {"type": "DEPARTMENT", "unitCode": "%s", "coUnitCodes": ["UT-WATER"]},
				 "limits": {"sign": {"duration": "PT2H", "mode": "%s"},
				            "response": {"duration": "PT24H", "mode": "NATURAL"},
				            "handle": {"NORMAL": {"duration": "%s", "mode": "WORKING_DAYS"},
				                       "URGENT": {"duration": "PT24H", "mode": "NATURAL"},
				                       "CRITICAL": {"duration": "PT2H", "mode": "NATURAL"},
				                       "COMPLEX": {"duration": "P15D", "mode": "WORKING_DAYS"}}},
				 "verificationRequired": false, "closingCriteria": "修好"}
				""".formatted(code, unitCode, signMode, normalDuration);
	}

	@Test
	void listsRegionsAsPagesFilteredByLevelParentAndText() throws Exception {
		mvc.perform(get("/api/v1/regions?level=STREET&parent=371002000000&size=5").with(TestActors.role(Role.OPERATOR)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.size").value(5))
			.andExpect(jsonPath("$.totalElements").value(9))
			.andExpect(jsonPath("$.totalPages").value(2))
			.andExpect(jsonPath("$.content.length()").value(5))
			.andExpect(jsonPath("$.content[*].level", everyItem(is("STREET"))));
		mvc.perform(get("/api/v1/regions?q=竹岛").with(TestActors.handler("CSGLJ")))
			.andExpect(jsonPath("$.content[*].code", hasItem("371002003000")));
		mvc.perform(get("/api/v1/regions/371002003000").with(TestActors.handler("CSGLJ")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("竹岛街道"))
			.andExpect(jsonPath("$.parentCode").value("371002000000"));
		mvc.perform(get("/api/v1/regions/371099999000").with(TestActors.admin())).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/regions?level=PLANET").with(TestActors.admin())).andExpect(status().isBadRequest());
	}

	@Test
	void listsUnitsByTypeRegionAndText() throws Exception {
		mvc.perform(get("/api/v1/units?type=STREET&region=371002000000").with(TestActors.admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(9))
			.andExpect(jsonPath("$.content[*].code", hasItem("ST-371002003")));
		mvc.perform(get("/api/v1/units?q=城市管理局&type=CITY_DEPARTMENT").with(TestActors.admin()))
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].code").value("CSGLJ"));
		mvc.perform(get("/api/v1/units/ST-371002003").with(TestActors.role(Role.DISPATCHER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.type").value("STREET"))
			.andExpect(jsonPath("$.parentCode").value("DI-371002"))
			.andExpect(jsonPath("$.regionCode").value("371002003000"));
		mvc.perform(get("/api/v1/units/NOPE").with(TestActors.admin())).andExpect(status().isNotFound());
	}

	@Test
	void listsAndShowsItemsInTheContractShape() throws Exception {
		mvc.perform(get("/api/v1/items?domain=环境保护&size=3").with(TestActors.handler("CSGLJ")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.size").value(3))
			.andExpect(jsonPath("$.content[*].path[0]", everyItem(is("环境保护"))));
		mvc.perform(get("/api/v1/items?q=井盖&size=1000").with(TestActors.admin()))
			.andExpect(jsonPath("$.content[*].code", hasItem("CG-0101")));
		mvc.perform(get("/api/v1/items/CG-0101").with(TestActors.role(Role.OPERATOR)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value("CG-0101"))
			.andExpect(jsonPath("$.unitRule.type").value("UTILITY"))
			.andExpect(jsonPath("$.unitRule.unitCode").value("UT-WATER"))
			.andExpect(jsonPath("$.limits.sign.duration").value("PT2H"))
			.andExpect(jsonPath("$.limits.sign.mode").value("WORKING_HOURS"))
			.andExpect(jsonPath("$.limits.handle.NORMAL.duration").value("P5D"))
			.andExpect(jsonPath("$.verificationRequired").value(true))
			.andExpect(jsonPath("$.publicService").value(true));
		mvc.perform(get("/api/v1/items/NOPE-1").with(TestActors.admin())).andExpect(status().isNotFound());
	}

	@Test
	void createsAnItemForAnAdminWithLocationAndEvent() throws Exception {
		mvc.perform(post("/api/v1/items").with(TestActors.admin()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(item("T-CREATE-1", "CSGLJ", "P5D", "WORKING_HOURS")))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/items/T-CREATE-1"))
			.andExpect(jsonPath("$.unitRule.coUnitCodes[0]").value("UT-WATER"))
			.andExpect(jsonPath("$.version").value(0));
		assertThat(directory.item("T-CREATE-1")).get().extracting(Item::name).isEqualTo("测试事项");
		assertThat(events.stream(ItemChanged.class)).contains(new ItemChanged("T-CREATE-1"));
		mvc.perform(post("/api/v1/items").with(TestActors.admin()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(item("T-CREATE-1", "CSGLJ", "P5D", "WORKING_HOURS")))
			.andExpect(status().isConflict());
	}

	@Test
	void refusesInvalidItemsWithFieldErrors() throws Exception {
		mvc.perform(post("/api/v1/items").with(TestActors.admin()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(item("T-BAD-1", "NOPE", "five days", "SOMETIMES")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("unitRule.unitCode")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("limits.handle.NORMAL.duration")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("limits.sign.mode")));
		String noNormal = item("T-BAD-2", "CSGLJ", "P5D", "NATURAL")
			.replace("\"NORMAL\": {\"duration\": \"P5D\", \"mode\": \"WORKING_DAYS\"},", "");
		mvc.perform(post("/api/v1/items").with(TestActors.admin()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(noNormal))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("limits.handle.NORMAL")));
		assertThat(directory.item("T-BAD-1")).isEmpty();
		assertThat(directory.item("T-BAD-2")).isEmpty();
	}

	@Test
	void refusesLimitsTheDeadlineEngineCannotCompute() throws Exception {
		mvc.perform(post("/api/v1/items").with(TestActors.admin()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(item("T-LONG-1", "CSGLJ", "P999999999D", "NATURAL")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("limits.handle.NORMAL.duration"))
			.andExpect(jsonPath("$.errors[0].message").value("must be at most P1000D for WORKING_DAYS"));
		assertThat(directory.item("T-LONG-1")).isEmpty();
		String hugeNatural = item("CG-0101", "CSGLJ", "P5D", "NATURAL").replace("\"PT24H\", \"mode\": \"NATURAL\"}",
				"\"PT99999999999999H\", \"mode\": \"NATURAL\"}");
		mvc.perform(put("/api/v1/items/CG-0101").with(TestActors.admin()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(hugeNatural))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("limits.response.duration")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("limits.handle.URGENT.duration")));
		mvc.perform(put("/api/v1/items/CG-0101").with(TestActors.admin()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(item("CG-0101", "CSGLJ", "P5D", "WORKING_HOURS").replace("\"PT2H\", \"mode\": \"WORKING_HOURS\"",
					"\"PT20000H\", \"mode\": \"WORKING_HOURS\"")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("limits.sign.duration"));
		assertThat(directory.item("CG-0101").orElseThrow().unitRule().unitCode()).isEqualTo("UT-WATER");
	}

	@Test
	void refusesWritesByNonAdmins() throws Exception {
		mvc.perform(post("/api/v1/items").with(TestActors.role(Role.DISPATCHER)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(item("T-FORBID-1", "CSGLJ", "P5D", "NATURAL")))
			.andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/items/CG-0101").with(TestActors.handler("CSGLJ")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(item("CG-0101", "CSGLJ", "P5D", "NATURAL")))
			.andExpect(status().isForbidden());
		assertThat(directory.item("T-FORBID-1")).isEmpty();
		assertThat(directory.item("CG-0101").orElseThrow().unitRule().unitCode()).isEqualTo("UT-WATER");
	}

	@Test
	void refusesNonAdminsBeforeLookingAtTheBody() throws Exception {
		for (String body : new String[] { "{bad", "{}", "[1, 2]", "{\"limits\": {\"handle\": 5}}" }) {
			mvc.perform(post("/api/v1/items").with(TestActors.role(Role.OPERATOR)).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content(body))
				.andExpect(status().isForbidden());
			mvc.perform(put("/api/v1/items/CG-0101").with(TestActors.role(Role.OPERATOR)).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content(body))
				.andExpect(status().isForbidden());
		}
	}

	@Test
	void anUnknownItemIsNotFoundWhateverTheBodyAndCaller() throws Exception {
		mvc.perform(put("/api/v1/items/T-NOPE").with(TestActors.admin()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{bad"))
			.andExpect(status().isNotFound());
		mvc.perform(put("/api/v1/items/T-NOPE").with(TestActors.role(Role.OPERATOR)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{bad"))
			.andExpect(status().isNotFound());
	}

	@Test
	void aMalformedBodyFromAnAdminIsABadRequestNamingTheField() throws Exception {
		mvc.perform(post("/api/v1/items").with(TestActors.admin()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{bad"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("body"));
		mvc.perform(put("/api/v1/items/CG-0101").with(TestActors.admin()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"keywords\": {\"a\": 1}}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("keywords"));
	}

	@Test
	void updatesAnItemAndRefusesAStaleVersion() throws Exception {
		mvc.perform(post("/api/v1/items").with(TestActors.admin()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(item("T-UPDATE-1", "CSGLJ", "P5D", "NATURAL")))
			.andExpect(status().isCreated());
		String changed = item("T-UPDATE-1", "ZJJ", "P7D", "NATURAL").replace("\"closingCriteria\"",
				"\"version\": 0, \"closingCriteria\"");
		mvc.perform(put("/api/v1/items/T-UPDATE-1").with(TestActors.admin()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(changed))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.limits.handle.NORMAL.duration").value("P7D"));
		assertThat(directory.item("T-UPDATE-1").orElseThrow().unitRule().unitCode()).isEqualTo("ZJJ");
		assertThat(events.stream(ItemChanged.class).filter(e -> e.itemCode().equals("T-UPDATE-1"))).hasSize(2);
		mvc.perform(put("/api/v1/items/T-UPDATE-1").with(TestActors.admin()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(changed))
			.andExpect(status().isConflict());
		mvc.perform(put("/api/v1/items/T-NOT-THERE").with(TestActors.admin()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(changed))
			.andExpect(status().isNotFound());
	}
}
