package org.liandong.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.liandong.identity.Role;
import org.liandong.support.IntegrationTest;
import org.liandong.support.TestActors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ItemImportIntegrationTests {

	static final String HEADER = "code,name,path,nature,urgency,description,keywords,public_service,unit_rule,"
			+ "unit_code,co_unit_codes,sign_limit,response_limit,handle_normal,handle_urgent,handle_critical,"
			+ "handle_complex,verification_required,closing_criteria,enabled\r\n";

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	@Test
	void exportedCsvImportsBackToTheSameList() throws Exception {
		byte[] before = export("csv");
		String text = new String(before, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF" + HEADER.strip());
		assertThat(text).contains("CG-0101,上水井盖缺失或破损,城乡建设|城管部件·公用设施|上水井盖");
		int items = directory.allItems().size();
		mvc.perform(multipart("/api/v1/items/import").file(file("items.csv", before)).with(TestActors.admin())
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows").value(items))
			.andExpect(jsonPath("$.imported").value(items))
			.andExpect(jsonPath("$.created").value(0))
			.andExpect(jsonPath("$.updated").value(0))
			.andExpect(jsonPath("$.errors.length()").value(0));
		assertThat(export("csv")).isEqualTo(before);
	}

	@Test
	void exportedExcelImportsBackToTheSameList() throws Exception {
		byte[] xlsx = export("xlsx");
		try (var wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("code");
			assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(directory.allItems().size());
		}
		byte[] csvBefore = export("csv");
		mvc.perform(multipart("/api/v1/items/import").file(file("list.xlsx", xlsx)).with(TestActors.admin())
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(0))
			.andExpect(jsonPath("$.updated").value(0));
		assertThat(export("csv")).isEqualTo(csvBefore);
	}

	@Test
	void importCreatesAndUpdatesInOneGo() throws Exception {
		String csv = HEADER
				+ "T-IMP-1,\"新事项, 带逗号\",城乡建设|市政设施|井盖,COMPLAINT,NORMAL,\"说明 \"\"引号\"\"\",井盖|窨井,true,"
				+ "LOCAL_STREET,CSGLJ,,PT2H WORKING_HOURS,PT24H NATURAL,P5D WORKING_DAYS,,,,true,修好,true\r\n";
		mvc.perform(multipart("/api/v1/items/import").file(file("new.csv", csv.getBytes(StandardCharsets.UTF_8)))
			.with(TestActors.admin()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(1));
		Item created = directory.item("T-IMP-1").orElseThrow();
		assertThat(created.name()).isEqualTo("新事项, 带逗号");
		assertThat(created.description()).isEqualTo("说明 \"引号\"");
		assertThat(created.limits().handle()).containsOnlyKeys("NORMAL");
		mvc.perform(multipart("/api/v1/items/import")
			.file(file("new.csv", csv.replace("修好", "修好并回访").getBytes(StandardCharsets.UTF_8)))
			.with(TestActors.admin()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(0))
			.andExpect(jsonPath("$.updated").value(1));
		assertThat(directory.item("T-IMP-1").orElseThrow().closingCriteria()).isEqualTo("修好并回访");
	}

	@Test
	void importWithBadRowsWritesNothingAndReportsEachRow() throws Exception {
		String good = "T-IMP-GOOD,好事项,城乡建设|市政设施|井盖,COMPLAINT,NORMAL,,,false,DEPARTMENT,CSGLJ,,"
				+ "PT2H WORKING_HOURS,PT24H NATURAL,P5D WORKING_DAYS,,,,false,,true\r\n";
		String badUnit = "T-IMP-BAD1,坏事项,城乡建设|市政设施|井盖,COMPLAINT,NORMAL,,,false,DEPARTMENT,NOPE,,"
				+ "PT2H WORKING_HOURS,PT24H NATURAL,P5D WORKING_DAYS,,,,false,,true\r\n";
		String badLimit = "T-IMP-BAD2,坏事项,城乡建设|市政设施|井盖,COMPLAINT,NORMAL,,,maybe,DEPARTMENT,CSGLJ,,"
				+ "PT2H,PT24H NATURAL,,,,,false,,true\r\n";
		String csv = "\uFEFF" + HEADER + good + badUnit + badLimit + good;
		mvc.perform(multipart("/api/v1/items/import").file(file("bad.csv", csv.getBytes(StandardCharsets.UTF_8)))
			.with(TestActors.admin()).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://liandong.org/problems/invalid-request"))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.detail").value(containsString("nothing was imported")))
			.andExpect(jsonPath("$.rows").value(4))
			.andExpect(jsonPath("$.imported").value(0))
			.andExpect(jsonPath("$.created").value(0))
			.andExpect(jsonPath("$.updated").value(0))
			.andExpect(jsonPath("$.errors[?(@.row == 3 && @.column == 'unit_code' && @.field == 'unit_code')]").exists())
			.andExpect(jsonPath("$.errors[?(@.row == 4 && @.column == 'sign_limit')]").exists())
			.andExpect(jsonPath("$.errors[?(@.row == 4 && @.column == 'handle_normal')]").exists())
			.andExpect(jsonPath("$.errors[?(@.row == 4 && @.column == 'public_service')]").exists())
			.andExpect(jsonPath("$.errors[?(@.row == 5 && @.column == 'code')]").exists())
			.andExpect(jsonPath("$.errors[*].row", hasItem(3)));
		assertThat(directory.item("T-IMP-GOOD")).isEmpty();
		mvc.perform(get("/api/v1/items/T-IMP-GOOD").with(TestActors.admin())).andExpect(status().isNotFound());
	}

	@Test
	void importRefusesLimitsTheDeadlineEngineCannotCompute() throws Exception {
		String csv = HEADER + "T-IMP-LONG,长时限,城乡建设|市政设施|井盖,COMPLAINT,NORMAL,,,false,DEPARTMENT,CSGLJ,,"
				+ "PT20000H WORKING_HOURS,PT24H NATURAL,P999999999D WORKING_DAYS,,,,false,,true\r\n";
		mvc.perform(multipart("/api/v1/items/import").file(file("long.csv", csv.getBytes(StandardCharsets.UTF_8)))
			.with(TestActors.admin()).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.row == 2 && @.column == 'handle_normal')]").exists())
			.andExpect(jsonPath("$.errors[?(@.row == 2 && @.column == 'sign_limit')]").exists());
		assertThat(directory.item("T-IMP-LONG")).isEmpty();
	}

	@Test
	void importRefusesFilesWithoutRequiredColumnsOrThatAreNotText() throws Exception {
		mvc.perform(multipart("/api/v1/items/import").file(file("x.csv", "code,name\r\nA,B\r\n".getBytes()))
			.with(TestActors.admin()).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.row == 1 && @.column == 'unit_code')]").exists());
		mvc.perform(multipart("/api/v1/items/import").file(file("x.xlsx", new byte[] { 'P', 'K', 3, 4, 0, 1 }))
			.with(TestActors.admin()).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].row").value(1))
			.andExpect(jsonPath("$.errors[0].field").value("file"))
			.andExpect(jsonPath("$.rows").value(0))
			.andExpect(jsonPath("$.imported").value(0));
	}

	@Test
	void importIsForAdminsOnly() throws Exception {
		mvc.perform(multipart("/api/v1/items/import").file(file("items.csv", export("csv")))
			.with(TestActors.role(Role.SUPERVISOR)).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void aNonAdminIsRefusedWhateverTheRequest() throws Exception {
		mvc.perform(post("/api/v1/items/import").with(TestActors.role(Role.OPERATOR)).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/items/import").with(TestActors.role(Role.OPERATOR)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isForbidden());
		mvc.perform(multipart("/api/v1/items/import")
			.file(new MockMultipartFile("other", "x.csv", "text/csv", HEADER.getBytes(StandardCharsets.UTF_8)))
			.with(TestActors.role(Role.OPERATOR)).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void aRequestWithoutAFilePartIsABadRequest() throws Exception {
		mvc.perform(post("/api/v1/items/import").with(TestActors.admin()).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("https://liandong.org/problems/invalid-request"))
			.andExpect(jsonPath("$.errors[0].field").value("file"));
		mvc.perform(post("/api/v1/items/import").with(TestActors.admin()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
		mvc.perform(post("/api/v1/items/import").with(TestActors.admin()).with(csrf())
			.contentType(MediaType.APPLICATION_FORM_URLENCODED).content("file=abc"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
		mvc.perform(multipart("/api/v1/items/import")
			.file(new MockMultipartFile("other", "x.csv", "text/csv", HEADER.getBytes(StandardCharsets.UTF_8)))
			.with(TestActors.admin()).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
	}

	@Test
	void theOpenApiDocumentDescribesTheImportAsAMultipartUpload() throws Exception {
		String operation = "$.paths['/api/v1/items/import'].post.requestBody.content";
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath(operation + "['multipart/form-data'].schema").exists())
			.andExpect(jsonPath(operation + "['application/json']").doesNotExist())
			.andExpect(jsonPath("$.components.schemas.ImportUpload.properties.file.format").value("binary"))
			.andExpect(jsonPath("$.paths['/api/v1/items'].post.requestBody.content['application/json'].schema")
				.exists())
			.andExpect(jsonPath("$.paths['/api/v1/items/{code}'].put.requestBody.content['application/json'].schema")
				.exists())
			.andExpect(jsonPath("$.paths['/api/v1/calendar/days/{date}'].put.requestBody.content"
					+ "['application/json'].schema").exists());
	}

	private byte[] export(String format) throws Exception {
		return mvc.perform(get("/api/v1/items/export." + format).with(TestActors.role(Role.LEADER)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
	}

	private static MockMultipartFile file(String name, byte[] content) {
		return new MockMultipartFile("file", name, "application/octet-stream", content);
	}
}
