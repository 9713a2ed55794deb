package org.liandong.directory;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.liandong.identity.Role;
import org.liandong.support.IntegrationTest;
import org.liandong.support.TestActors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ItemPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void searchPageListsMatchingItemsAndHidesAdminToolsFromOthers() throws Exception {
		mvc.perform(get("/items").param("q", "井盖").with(TestActors.role(Role.OPERATOR)).locale(Locale.SIMPLIFIED_CHINESE))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("CG-0101")))
			.andExpect(content().string(containsString("上水井盖缺失或破损")))
			.andExpect(content().string(containsString("威海市供水有限公司")))
			.andExpect(content().string(not(containsString("/items/import"))));
	}

	@Test
	void searchPageOffersExportAndImportToAdminsInEnglishToo() throws Exception {
		mvc.perform(get("/items").param("domain", "环境保护").param("lang", "en").with(TestActors.admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Responsibility list")))
			.andExpect(content().string(containsString("/items/export.xlsx")))
			.andExpect(content().string(containsString("/items/import")))
			.andExpect(content().string(not(containsString("CG-0101"))));
	}

	@Test
	void detailPageShowsLimitsAndUnits() throws Exception {
		mvc.perform(get("/items/CE-0102").with(TestActors.handler("CSGLJ")).locale(Locale.SIMPLIFIED_CHINESE))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("暴露垃圾")))
			.andExpect(content().string(containsString("属地街道（镇）")))
			.andExpect(content().string(containsString("工作时")));
		mvc.perform(get("/items/NOPE").with(TestActors.admin())).andExpect(status().isNotFound());
	}

	@Test
	void aLocalStreetRuleNamesItsUnitAsTheCompetentDepartmentNotTheLead() throws Exception {
		// CG-0114 无主井盖: the street office of the place leads; 城管 is the competent department (outside check,
		// 2026-11-29: "属地街道（镇） : 威海市城市管理局" read as if the city department led)
		String zh = "属地街道（镇）承办；主管部门：威海市城市管理局";
		String en = "The street/town office of the place leads; competent department: 威海市城市管理局";
		mvc.perform(get("/items/CG-0114").with(TestActors.role(Role.OPERATOR)).locale(Locale.SIMPLIFIED_CHINESE))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(zh)))
			.andExpect(content().string(containsString("(<span>CSGLJ</span>)")))
			.andExpect(content().string(not(containsString("属地街道（镇）</span>:"))));
		mvc.perform(get("/items/CG-0114").with(TestActors.role(Role.OPERATOR)).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(en)))
			.andExpect(content().string(not(containsString("Street/town of the place</span>:"))));
		mvc.perform(get("/items").param("q", "无主井盖").with(TestActors.role(Role.OPERATOR))
			.locale(Locale.SIMPLIFIED_CHINESE))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(zh)))
			.andExpect(content().string(not(containsString("属地街道（镇）</span>:"))));
		mvc.perform(get("/items").param("q", "无主井盖").param("lang", "en").with(TestActors.role(Role.OPERATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(en)));
		// a department's rule names its lead unit as before
		mvc.perform(get("/items/CG-0102").with(TestActors.role(Role.OPERATOR)).locale(Locale.SIMPLIFIED_CHINESE))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">部门</span>:")))
			.andExpect(content().string(containsString(">威海市城市管理局</span>")))
			.andExpect(content().string(not(containsString("主管部门"))));
	}

	@Test
	void detailPageNamesTheCoUnitsAndReadsEveryLimitByUrgencyInZhAndEn() throws Exception {
		mvc.perform(get("/items/CE-0101").with(TestActors.admin()).locale(Locale.SIMPLIFIED_CHINESE))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ZRZYJ")))
			.andExpect(content().string(containsString("自然资源")))
			.andExpect(content().string(not(containsString(">null<"))))
			.andExpect(content().string(containsString("2 工作小时")))
			.andExpect(content().string(containsString("5 个工作日")))
			.andExpect(content().string(containsString("24 小时")))
			.andExpect(content().string(containsString("15 个工作日")))
			.andExpect(content().string(containsString("id=\"handle-NORMAL\"")))
			.andExpect(content().string(containsString("id=\"handle-URGENT\"")))
			.andExpect(content().string(containsString("id=\"handle-CRITICAL\"")))
			.andExpect(content().string(containsString("id=\"handle-COMPLEX\"")))
			.andExpect(content().string(not(containsString(">PT2H<"))));
		mvc.perform(get("/items/CE-0101").with(TestActors.admin()).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2 working hours")))
			.andExpect(content().string(containsString("5 working days")))
			.andExpect(content().string(containsString("24 hours")))
			.andExpect(content().string(containsString("2 hours")));
		mvc.perform(get("/items").param("q", "私搭乱建").with(TestActors.admin()).locale(Locale.SIMPLIFIED_CHINESE))
			.andExpect(content().string(containsString("5 个工作日")));
	}

	@Test
	void importFormShowsTheRowLevelReport() throws Exception {
		String csv = "code,name,path,nature,urgency,unit_rule,unit_code,sign_limit,response_limit,handle_normal\r\n"
				+ "T-PAGE-1,页面导入,城乡建设,COMPLAINT,NORMAL,DEPARTMENT,NOPE,PT2H WORKING_HOURS,PT24H NATURAL,"
				+ "P5D WORKING_DAYS\r\n";
		mvc.perform(multipart("/items/import")
			.file(new MockMultipartFile("file", "x.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.header("HX-Request", "true").with(TestActors.admin()).with(csrf()).locale(Locale.SIMPLIFIED_CHINESE))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("unit_code")))
			.andExpect(content().string(containsString("单位代码 NOPE 不存在。")))
			.andExpect(content().string(not(containsString("unknown unit"))))
			.andExpect(content().string(not(containsString("<html"))));
	}
}
