package org.liandong.triage;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.liandong.identity.Role;
import org.liandong.support.IntegrationTest;
import org.liandong.support.TestActors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** {@code POST /api/v1/triage} (CONTRACT §5): items, routing, places, and what it refuses. */
@IntegrationTest
class TriageApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	ResultActions triage(String json) throws Exception {
		return mvc.perform(post("/api/v1/triage").with(TestActors.role(Role.DISPATCHER))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	@Test
	void suggestsAnItemAUnitAndTheStreetForAClearRequest() throws Exception {
		triage("{\"text\":\"竹岛街道海滨北路雨水井盖缺失，夜间行人容易跌倒\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.domain").value("城乡建设"))
			.andExpect(jsonPath("$.itemCode").value(startsWith("CG-")))
			.andExpect(jsonPath("$.leadUnitCode").value(notNullValue()))
			.andExpect(jsonPath("$.regionCode").value("371002003000"))
			.andExpect(jsonPath("$.confidence").value(greaterThan(0.0)))
			.andExpect(jsonPath("$.candidates.length()").value(3));
	}

	@Test
	void routesALocalStreetItemToTheStreetOfficeOfThePlace() throws Exception {
		String item = firstLocalStreetItemName();
		triage("{\"text\":\"" + item + "\",\"address\":\"环翠区竹岛街道\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.regionCode").value("371002003000"))
			.andExpect(jsonPath("$.leadUnitCode").value("ST-371002003"));
	}

	String firstLocalStreetItemName() throws Exception {
		String body = mvc.perform(get("/api/v1/items?size=1000").with(TestActors.admin()))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		int rule = body.indexOf("\"LOCAL_STREET\"");
		int name = body.lastIndexOf("\"name\":\"", rule) + 8;
		return body.substring(name, body.indexOf('"', name));
	}

	@Test
	void refusesEmptyText() throws Exception {
		triage("{\"text\":\"  \"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("text"));
	}

	@Test
	void answersMeaninglessTextWithALowConfidence() throws Exception {
		triage("{\"text\":\"qwxz zzkj 7788\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.confidence").value(lessThan(0.3)));
	}

	@Test
	void resolvesTheShortNamesPeopleSay() throws Exception {
		triage("{\"text\":\"路灯不亮\",\"address\":\"经区某小区门口\"}").andExpect(jsonPath("$.regionCode")
			.value("371072000000"));
		triage("{\"text\":\"路灯不亮\",\"address\":\"环翠竹岛海滨路\"}").andExpect(jsonPath("$.regionCode")
			.value("371002003000"));
	}

	@Test
	void saysWhyWhenThePlaceCannotBeResolved() throws Exception {
		triage("{\"text\":\"路灯不亮\",\"address\":\"火星基地一号\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.regionCode").value(nullValue()))
			.andExpect(jsonPath("$.placeReason").value("NO_PLACE_NAME"));
		triage("{\"text\":\"路灯不亮\",\"lat\":39.9042,\"lon\":116.4074}")
			.andExpect(jsonPath("$.regionCode").value(nullValue()))
			.andExpect(jsonPath("$.placeReason").value("OUTSIDE_JURISDICTION"));
	}

	@Test
	void resolvesCoordinatesInsideTheCityToAStreet() throws Exception {
		// near the centre of 竹岛街道 (环翠区), WGS-84
		triage("{\"text\":\"路灯不亮\",\"lat\":37.4755,\"lon\":122.1255}").andExpect(status().isOk())
			.andExpect(jsonPath("$.regionCode").value(startsWith("371002")))
			.andExpect(jsonPath("$.gridCode").value(startsWith("371002")))
			.andExpect(jsonPath("$.placeReason").value("GRID"));
	}

	@Test
	void refusesAnUnknownCoordinateSystem() throws Exception {
		triage("{\"text\":\"路灯不亮\",\"lat\":37.5,\"lon\":122.1,\"coordSystem\":\"BD09\"}")
			.andExpect(status().isBadRequest());
		// also without a point, as POST /work-orders refuses it
		triage("{\"text\":\"路灯不亮\",\"coordSystem\":\"FOO_BAR\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("coordSystem"));
	}

	@Test
	void leavesThePlaceUnresolvedWhenAnOrdinaryWordIsAlsoAVillageName() throws Exception {
		triage("{\"text\":\"小区楼下烧烤店油烟扰民\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.regionCode").value(nullValue()))
			.andExpect(jsonPath("$.placeReason").value("UNCONFIRMED_NAME:楼下"))
			.andExpect(jsonPath("$.leadUnitCode").value(not("ST-371073112")));
		triage("{\"text\":\"大桥下面有垃圾\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.regionCode").value(nullValue()))
			.andExpect(jsonPath("$.placeReason").value(notNullValue()));
		triage("{\"text\":\"路灯不亮\",\"address\":\"幸福路\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.regionCode").value(nullValue()))
			.andExpect(jsonPath("$.placeReason").value(notNullValue()));
	}

	@Test
	void resolvesAVillageNamedWithItsSuffixOrItsTown() throws Exception {
		triage("{\"text\":\"楼下村有人烧烤，油烟扰民\"}").andExpect(jsonPath("$.regionCode").value("371073112210"));
		triage("{\"text\":\"汪疃镇楼下有人烧烤\"}").andExpect(jsonPath("$.regionCode").value("371073112210"));
		triage("{\"text\":\"路灯不亮\",\"address\":\"乳山市城区街道幸福路8号\"}")
			.andExpect(jsonPath("$.regionCode").value("371083001000"));
	}

	@Test
	void namesTheCoordinateThatIsOutOfRange() throws Exception {
		triage("{\"text\":\"路灯不亮\",\"lat\":999,\"lon\":999}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("lat", "lon")));
		triage("{\"text\":\"路灯不亮\",\"lat\":37.5,\"lon\":-181}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(contains("lon")));
		triage("{\"text\":\"路灯不亮\",\"lat\":37.5,\"lon\":122.1,\"coordSystem\":\"BD09\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(contains("coordSystem")));
	}

	@Test
	void letsOnlyAnAdministratorImportTrainingData() throws Exception {
		MockMultipartFile file = new MockMultipartFile("file", "t.csv", "text/csv",
				"text,一级标签\n路灯不亮,城乡建设\n学校收费,教育文体\n".getBytes(StandardCharsets.UTF_8));
		mvc.perform(multipart("/api/v1/triage/training-data").file(file).with(TestActors.role(Role.DISPATCHER)))
			.andExpect(status().isForbidden());
		mvc.perform(multipart("/api/v1/triage/training-data").file(file).with(TestActors.admin()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.version").value(greaterThan(0)));
		mvc.perform(get("/api/v1/triage/model").with(TestActors.role(Role.DISPATCHER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.source").value("items+t.csv"));
	}
}
