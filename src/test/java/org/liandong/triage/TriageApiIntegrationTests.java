package org.liandong.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
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

import com.jayway.jsonpath.JsonPath;

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
		// the zones' full names without the city's (威海经济技术开发区), and their everyday names (place-aliases.csv)
		triage("{\"text\":\"路灯不亮\",\"address\":\"经济技术开发区某小区\"}").andExpect(jsonPath("$.regionCode")
			.value("371072000000"));
		triage("{\"text\":\"路灯不亮\",\"address\":\"火炬高技术产业开发区\"}").andExpect(jsonPath("$.regionCode")
			.value("371071000000"));
		triage("{\"text\":\"路灯不亮\",\"address\":\"威海高新区\"}").andExpect(jsonPath("$.regionCode")
			.value("371071000000"));
		triage("{\"text\":\"路灯不亮\",\"address\":\"临港经济技术开发区\"}").andExpect(jsonPath("$.regionCode")
			.value("371073000000"));
		// 开发区 alone is 文登's street office and each zone: no guess
		triage("{\"text\":\"路灯不亮\",\"address\":\"开发区\"}").andExpect(jsonPath("$.regionCode").value(nullValue()))
			.andExpect(jsonPath("$.placeReason").value("AMBIGUOUS_NAME:开发区"));
		triage("{\"text\":\"路灯不亮\",\"address\":\"文登开发区\"}").andExpect(jsonPath("$.regionCode")
			.value("371003400000"));
	}

	@Test
	void saysSoWhenThePlaceNamesOrTheNameAndThePointDisagree() throws Exception {
		triage("{\"text\":\"路灯不亮\",\"address\":\"文登区竹岛街道\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.regionCode").value(nullValue()))
			.andExpect(jsonPath("$.placeReason").value("CONFLICTING_NAMES:竹岛街道+文登区"));
		// 乳山市城区街道, not the village 车道 of another town that 机动车道 holds
		triage("{\"text\":\"乳山市城区街道有人在人行道上占道经营卖水果，行人只能走机动车道\"}")
			.andExpect(jsonPath("$.regionCode").value("371083001000"));
		// a point in Qingdao, a point in 环翠区 for a town of 文登区: the name, and the answer says the point is elsewhere
		triage("{\"text\":\"路灯不亮\",\"address\":\"环翠区竹岛街道\",\"lat\":36.067,\"lon\":120.383}")
			.andExpect(jsonPath("$.regionCode").value("371002003000"))
			.andExpect(jsonPath("$.placeReason").value(endsWith(";POINT_OUTSIDE_JURISDICTION")));
		triage("{\"text\":\"路灯不亮\",\"address\":\"文登区米山镇\",\"lat\":37.5091,\"lon\":122.1164}")
			.andExpect(jsonPath("$.gridCode").value(nullValue()))
			.andExpect(jsonPath("$.placeReason").value(containsString(";POINT_ELSEWHERE:371002")));
	}

	@Test
	void readsARedactedTextWithoutTheMarksWhereNumbersWere() throws Exception {
		String marked = "海滨北路88号井盖缺失，电话[电话已隐去]，[身份证号已隐去]，请回电";
		String plain = "海滨北路88号井盖缺失，电话，，请回电";
		String markedItem = JsonPath.read(triage("{\"text\":\"" + marked + "\"}").andReturn().getResponse()
			.getContentAsString(), "$.itemCode");
		String plainItem = JsonPath.read(triage("{\"text\":\"" + plain + "\"}").andReturn().getResponse()
			.getContentAsString(), "$.itemCode");
		assertThat(markedItem).isEqualTo(plainItem).isNotEqualTo("ZF-0405");
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

	@Test
	void keepsTheCrossValidatedFiguresOfAModelTrainedWithACorpusAndShowsThem() throws Exception {
		StringBuilder csv = new StringBuilder("text,一级标签\n");
		String[] city = { "路灯不亮", "井盖缺失", "道路破损坑洼", "下水道堵塞", "小区路灯坏了", "人行道砖松动", "路面塌陷",
				"窨井盖丢失", "路灯夜间不亮", "马路积水严重" };
		String[] school = { "学校乱收费", "幼儿园收费太高", "学生课业负担重", "教师体罚学生", "学校食堂卫生差",
				"补课收费", "学区划分不合理", "校车超载", "学校强制订购资料", "中学招生不公" };
		for (int i = 0; i < city.length; i++) {
			csv.append(city[i]).append(",城乡建设\n").append(school[i]).append(",教育文体\n");
		}
		MockMultipartFile file = new MockMultipartFile("file", "cv.csv", "text/csv",
				csv.toString().getBytes(StandardCharsets.UTF_8));
		mvc.perform(multipart("/api/v1/triage/training-data").file(file).with(TestActors.admin()))
			.andExpect(status().isCreated());
		String metrics = JsonPath.read(mvc.perform(get("/api/v1/triage/model").with(TestActors.admin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8), "$.metrics");
		assertThat((Integer) JsonPath.read(metrics, "$.evaluation.folds")).isEqualTo(5);
		assertThat((Integer) JsonPath.read(metrics, "$.evaluation.examples")).isEqualTo(20);
		double macroF1 = ((Number) JsonPath.read(metrics, "$.evaluation.macroF1")).doubleValue();
		assertThat(macroF1).isBetween(0.0, 1.0);
		java.util.Map<String, Object> f1 = JsonPath.read(metrics, "$.evaluation.f1");
		assertThat(f1).containsOnlyKeys("城乡建设", "教育文体");

		String page = mvc.perform(get("/triage").with(TestActors.admin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("20 条语料样本的 5 折交叉验证：宏平均 F1 "
				+ String.format(java.util.Locale.ROOT, "%.4f", macroF1));
	}

	@Test
	void readsATextInTraditionalCharactersAsTheSameTextSimplified() throws Exception {
		String traditional = triage("{\"text\":\"環翠區竹島街道路燈壞了，晚上很黑，請儘快維修\"}").andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		String simplified = triage("{\"text\":\"环翠区竹岛街道路灯坏了，晚上很黑，请尽快维修\"}").andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(traditional).isEqualTo(simplified).contains("\"regionCode\":\"371002003000\"");
	}

	/** A district's or a street's name is no part of what a request is about (regression check, 2026-11-29). */
	@Test
	void classifiesTheRequestNotThePlaceItNames() throws Exception {
		String plain = JsonPath.read(triage("{\"text\":\"路灯坏了，晚上很黑\"}").andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8), "$.itemCode");
		for (String place : new String[] { "经济技术开发区", "临港经济技术开发区", "环翠区竹岛街道" }) {
			String text = "{\"text\":\"" + place + "路灯坏了，晚上很黑\"}";
			triage(text).andExpect(jsonPath("$.itemCode").value(plain))
				.andExpect(jsonPath("$.domain").value(not("经济管理")))
				.andExpect(jsonPath("$.regionCode").value(notNullValue()));
		}
	}
}
