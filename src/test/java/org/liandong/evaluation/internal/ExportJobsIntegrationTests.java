package org.liandong.evaluation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.liandong.identity.Role;
import org.liandong.support.IntegrationTest;
import org.liandong.support.TestActors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Asynchronous exports of the monthly report: API life cycle, ownership, failures, restarts and the page. */
@IntegrationTest
class ExportJobsIntegrationTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	ExportJobs jobs;

	@Autowired
	ExportJobStore store;

	RequestPostProcessor leader = TestActors.role(Role.LEADER);

	String start(RequestPostProcessor who, String format) throws Exception {
		var response = mvc.perform(post("/api/v1/evaluation/exports").with(who)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"format\":\"" + format + "\",\"month\":\"" + YearMonth.now() + "\"}"))
			.andExpect(status().isAccepted())
			.andExpect(header().string("Location", Matchers.startsWith("/api/v1/evaluation/exports/")))
			.andReturn()
			.getResponse();
		JsonNode job = JSON.readTree(response.getContentAsString());
		assertThat(job.get("state").asString()).isEqualTo("QUEUED");
		assertThat(response.getHeader("Location")).endsWith(job.get("id").asString());
		return job.get("id").asString();
	}

	JsonNode job(RequestPostProcessor who, String id) throws Exception {
		return JSON.readTree(mvc.perform(get("/api/v1/evaluation/exports/{id}", id).with(who))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	/** Polls the job until it is finished; the progress seen on the way. */
	List<Integer> awaitFinished(RequestPostProcessor who, String id) {
		List<Integer> seen = new ArrayList<>();
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20)).until(() -> {
			JsonNode job = job(who, id);
			seen.add(job.get("progress").asInt());
			return List.of("DONE", "FAILED").contains(job.get("state").asString());
		});
		return seen;
	}

	byte[] download(String id) throws Exception {
		String url = job(leader, id).get("downloadUrl").asString();
		return mvc.perform(get(url).with(leader)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray();
	}

	@Test
	void anExcelExportRunsToDoneWithMonotonicProgressAndARealWorkbook() throws Exception {
		String id = start(leader, "xlsx");
		List<Integer> progress = awaitFinished(leader, id);
		assertThat(progress).isSorted().last().isEqualTo(100);
		JsonNode done = job(leader, id);
		assertThat(done.get("state").asString()).isEqualTo("DONE");
		assertThat(done.get("fileName").asString()).endsWith(".xlsx");
		assertThat(done.get("expiresAt").isNull()).isFalse();
		try (var book = new XSSFWorkbook(new ByteArrayInputStream(download(id)))) {
			assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("单位排名");
			assertThat(book.getNumberOfSheets()).isEqualTo(4);
		}
	}

	@Test
	void aPdfExportRunsToDoneWithMonotonicProgressAndARealPdf() throws Exception {
		String id = start(leader, "PDF");
		List<Integer> progress = awaitFinished(leader, id);
		assertThat(progress).isSorted().last().isEqualTo(100);
		assertThat(job(leader, id).get("state").asString()).isEqualTo("DONE");
		try (var doc = Loader.loadPDF(download(id))) {
			assertThat(new PDFTextStripper().getText(doc)).contains("月度考核报告").contains("承办单位排名");
		}
	}

	@Test
	void anotherUserGetsNotFoundButAnAdminMayReadTheJob() throws Exception {
		String id = start(leader, "XLSX");
		awaitFinished(leader, id);
		mvc.perform(get("/api/v1/evaluation/exports/{id}", id).with(TestActors.role(Role.SUPERVISOR)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/evaluation/exports/{id}/file", id).with(TestActors.role(Role.SUPERVISOR)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/evaluation/exports/{id}/file", id).with(TestActors.handler("JRJ")))
			.andExpect(status().isNotFound());
		assertThat(job(TestActors.admin(), id).get("state").asString()).isEqualTo("DONE");
		mvc.perform(get("/api/v1/evaluation/exports/{id}", UUID.randomUUID()).with(leader))
			.andExpect(status().isNotFound());
	}

	@Test
	void aRepeatedStartWithTheSameIdempotencyKeyAnswersTheSameJob() throws Exception {
		String key = UUID.randomUUID().toString();
		String[] ids = new String[2];
		for (int i = 0; i < 2; i++) {
			var response = mvc.perform(post("/api/v1/evaluation/exports").with(leader).header("Idempotency-Key", key)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"format\":\"XLSX\"}"))
				.andExpect(status().isAccepted())
				.andReturn()
				.getResponse();
			ids[i] = JSON.readTree(response.getContentAsString()).get("id").asString();
		}
		assertThat(ids[1]).isEqualTo(ids[0]);
		assertThat(awaitFinished(leader, ids[0])).last().isEqualTo(100);
	}

	@Test
	void aBadFormatOrMonthAnswers400() throws Exception {
		mvc.perform(post("/api/v1/evaluation/exports").with(leader).contentType(MediaType.APPLICATION_JSON)
			.content("{\"format\":\"DOCX\"}")).andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/evaluation/exports").with(leader).contentType(MediaType.APPLICATION_JSON)
			.content("{\"format\":\"PDF\",\"month\":\"2026-13\"}")).andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/evaluation/exports").with(leader).contentType(MediaType.APPLICATION_JSON)
			.content("{}")).andExpect(status().isBadRequest());
	}

	@Test
	void aMalformedBodyAnswers400NamingTheBodyOrTheField() throws Exception {
		mvc.perform(post("/api/v1/evaluation/exports").with(leader).contentType(MediaType.APPLICATION_JSON)
			.content("{nope"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("body"));
		mvc.perform(post("/api/v1/evaluation/exports").with(leader).contentType(MediaType.APPLICATION_JSON)
			.content("{\"format\":\"PDF\",\"month\":{\"year\":2026}}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("month"));
	}

	@Test
	void aFailedExportSaysWhyAndHasNoFile() throws Exception {
		String id = UUID.randomUUID().toString();
		store.insert(id, "u-LEADER", ExportFormat.PDF, "2026-11", Instant.now());
		jobs.build(id, "x.pdf", progress -> {
			progress.at(30);
			throw new IllegalStateException("统计库暂不可用");
		});
		JsonNode job = job(leader, id);
		assertThat(job.get("state").asString()).isEqualTo("FAILED");
		assertThat(job.get("progress").asInt()).isEqualTo(30);
		assertThat(job.get("error").asString()).isEqualTo("统计库暂不可用");
		assertThat(job.get("downloadUrl").isNull()).isTrue();
		mvc.perform(get("/api/v1/evaluation/exports/{id}/file", id).with(leader)).andExpect(status().isConflict());
		mvc.perform(get("/evaluation/exports/{id}", id).with(leader).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("统计库暂不可用")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("hx-get"))));
	}

	@Test
	void aJobLeftRunningByAStoppedProcessIsMarkedFailedAtStartup() throws Exception {
		String id = UUID.randomUUID().toString();
		store.insert(id, "u-LEADER", ExportFormat.XLSX, "2026-11", Instant.now());
		assertThat(store.start(id)).isTrue();
		jobs.failInterrupted();
		JsonNode job = job(leader, id);
		assertThat(job.get("state").asString()).isEqualTo("FAILED");
		assertThat(job.get("error").asString()).isEqualTo(ExportJobs.INTERRUPTED);
		// A worker that picks the job up afterwards leaves it failed.
		jobs.build(id, "x.xlsx", progress -> new byte[] { 1 });
		assertThat(job(leader, id).get("state").asString()).isEqualTo("FAILED");
	}

	@Test
	void anExpiredJobIsGoneAndPurged() throws Exception {
		String id = UUID.randomUUID().toString();
		store.insert(id, "u-LEADER", ExportFormat.XLSX, "2026-11", Instant.now());
		store.start(id);
		Instant past = Instant.now().minus(Duration.ofDays(2));
		store.done(id, "x.xlsx", new byte[] { 'P', 'K' }, past, past.plus(Duration.ofDays(1)));
		mvc.perform(get("/api/v1/evaluation/exports/{id}", id).with(leader)).andExpect(status().isNotFound());
		assertThat(store.purgeExpired(Instant.now())).isGreaterThanOrEqualTo(1);
		assertThat(store.find(id)).isEmpty();
	}

	@Test
	void theDashboardButtonStartsAJobWhosePanelShowsProgressAndThenTheDownloadLink() throws Exception {
		mvc.perform(get("/evaluation/dashboard").with(leader))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("hx-post=\"/evaluation/exports\"")));
		String panel = mvc.perform(post("/evaluation/exports").with(leader).with(csrf())
			.header("HX-Request", "true")
			.param("format", "PDF"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(panel).contains("<progress").contains("hx-trigger=\"every 1s\"");
		String id = panel.replaceAll("(?s).*id=\"export-([0-9a-f-]{36})\".*", "$1");
		awaitFinished(leader, id);
		mvc.perform(get("/evaluation/exports/{id}", id).with(leader).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("/evaluation/exports/" + id + "/file")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("<progress"))));
		mvc.perform(get("/evaluation/exports/{id}", id).with(leader))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("<main")));
		mvc.perform(post("/evaluation/exports").with(TestActors.handler("JRJ")).with(csrf()).param("format", "PDF"))
			.andExpect(status().isForbidden());
	}
}
