package org.liandong.deadline.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.liandong.deadline.BusinessCalendar;
import org.liandong.deadline.DeadlineOwner;
import org.liandong.deadline.Deadlines;
import org.liandong.identity.Role;
import org.liandong.shared.LimitMode;
import org.liandong.shared.TimeLimit;
import org.liandong.support.IntegrationTest;
import org.liandong.support.TestActors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The calendar API and page of CONTRACT §3, and the loading of the holiday file. */
@IntegrationTest
class CalendarApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	BusinessCalendar calendar;

	@Autowired
	CalendarLoader loader;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anyUserReadsTheSpecialDaysOfAYear() throws Exception {
		mvc.perform(get("/api/v1/calendar/2026").with(TestActors.handler("CSGLJ")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.year").value(2026))
			.andExpect(jsonPath("$.workingHours[0]").value("08:30-12:00"))
			.andExpect(jsonPath("$.workingHours[1]").value("13:30-17:30"))
			.andExpect(jsonPath("$.days[?(@.date == '2026-02-16')].offDay").value(hasItem(true)))
			.andExpect(jsonPath("$.days[?(@.date == '2026-02-16')].name").value(hasItem("春节")))
			.andExpect(jsonPath("$.days[?(@.date == '2026-02-14')].working").value(hasItem(true)))
			.andExpect(jsonPath("$.days.length()").value(39));
	}

	@Test
	void allDaysOfAYearComeWithTheirWorkingFlag() throws Exception {
		mvc.perform(get("/api/v1/calendar/2024?all=true").with(TestActors.role(Role.OPERATOR)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.days.length()").value(366))
			.andExpect(jsonPath("$.days[0].date").value("2024-01-01"))
			.andExpect(jsonPath("$.days[0].working").value(false))
			.andExpect(jsonPath("$.days[1].working").value(true))
			.andExpect(jsonPath("$.days[1].source").value("DEFAULT"));
	}

	@Test
	void aYearThatIsNoYearIsABadRequest() throws Exception {
		mvc.perform(get("/api/v1/calendar/abc").with(TestActors.admin())).andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/calendar/123456").with(TestActors.admin()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("year"));
	}

	@Test
	void onlyAnAdministratorEditsADay() throws Exception {
		mvc.perform(put("/api/v1/calendar/days/2031-03-10").with(TestActors.role(Role.DISPATCHER)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"offDay\": true}"))
			.andExpect(status().isForbidden());
		mvc.perform(delete("/api/v1/calendar/days/2031-03-10").with(TestActors.handler("CSGLJ")).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(calendar.isWorkingDay(LocalDate.of(2031, 3, 10))).isTrue();
	}

	@Test
	void aNonAdministratorIsRefusedWhateverTheDateAndBody() throws Exception {
		for (String body : new String[] { "{}", "{bad", "{\"offDay\": \"yes\"}" }) {
			mvc.perform(put("/api/v1/calendar/days/2027-01-04").with(TestActors.role(Role.OPERATOR)).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content(body))
				.andExpect(status().isForbidden());
		}
		mvc.perform(put("/api/v1/calendar/days/2027-02-30").with(TestActors.role(Role.OPERATOR)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"offDay\": true}"))
			.andExpect(status().isForbidden());
		mvc.perform(delete("/api/v1/calendar/days/not-a-date").with(TestActors.role(Role.OPERATOR)).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 4))).isTrue();
	}

	@Test
	void badDatesAndBodiesAreRefused() throws Exception {
		mvc.perform(put("/api/v1/calendar/days/2031-13-01").with(TestActors.admin()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"offDay\": true}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("date"));
		mvc.perform(delete("/api/v1/calendar/days/2031-02-30").with(TestActors.admin()).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("date"));
		mvc.perform(put("/api/v1/calendar/days/2031-03-10").with(TestActors.admin()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"offDay\": \"yes\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("offDay"));
		mvc.perform(put("/api/v1/calendar/days/2031-03-10").with(TestActors.admin()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"x\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("offDay"))
			.andExpect(jsonPath("$.errors[0].message").value("must not be null"));
		// the API's messages are English whatever the visitor's language, as its field names and other messages are
		mvc.perform(put("/api/v1/calendar/days/2031-03-10").with(TestActors.admin()).with(csrf())
			.header("Accept-Language", "zh-CN")
			.contentType(MediaType.APPLICATION_JSON).content("{\"offDay\": true, \"name\": \"%s\"}".formatted("节".repeat(101))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("name"))
			.andExpect(jsonPath("$.errors[0].message").value("size must be between 0 and 100"));
		mvc.perform(put("/api/v1/calendar/days/2031-03-10").with(TestActors.admin()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"offDay\": "))
			.andExpect(status().isBadRequest());
	}

	@Test
	void editingADayChangesWhetherItIsAWorkingDayAndDeletingRestoresTheDefault() throws Exception {
		LocalDate monday = LocalDate.of(2031, 3, 10);
		LocalDate saturday = LocalDate.of(2031, 3, 8);
		mvc.perform(put("/api/v1/calendar/days/2031-03-10").with(TestActors.admin()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"offDay\": true, \"name\": \"停工\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.date").value("2031-03-10"))
			.andExpect(jsonPath("$.offDay").value(true))
			.andExpect(jsonPath("$.name").value("停工"))
			.andExpect(jsonPath("$.source").value("ADMIN"));
		mvc.perform(put("/api/v1/calendar/days/2031-03-08").with(TestActors.admin()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"offDay\": false}"))
			.andExpect(status().isOk());
		assertThat(calendar.isWorkingDay(monday)).isFalse();
		assertThat(calendar.isWorkingDay(saturday)).isTrue();
		mvc.perform(get("/api/v1/calendar/2031").with(TestActors.admin()))
			.andExpect(jsonPath("$.days[?(@.date == '2031-03-10')].name").value(hasItem("停工")));

		mvc.perform(delete("/api/v1/calendar/days/2031-03-10").with(TestActors.admin()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.working").value(true))
			.andExpect(jsonPath("$.source").value("DEFAULT"));
		mvc.perform(delete("/api/v1/calendar/days/2031-03-08").with(TestActors.admin()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.offDay").value(true));
		assertThat(calendar.isWorkingDay(monday)).isTrue();
		assertThat(calendar.isWorkingDay(saturday)).isFalse();
	}

	@Test
	void theHolidayFileIsLoadedOnceAndNeverUndoesAnAdministratorsEdit() throws Exception {
		assertThat(jdbc.sql("SELECT COUNT(*) FROM dl_calendar_seed").query(Long.class).single()).isEqualTo(108);
		LocalDate makeUpSunday = LocalDate.of(2024, 2, 4);
		assertThat(calendar.isWorkingDay(makeUpSunday)).isTrue();
		mvc.perform(delete("/api/v1/calendar/days/2024-02-04").with(TestActors.admin()).with(csrf()))
			.andExpect(status().isOk());
		mvc.perform(put("/api/v1/calendar/days/2024-02-10").with(TestActors.admin()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"offDay\": true, \"name\": \"春节（已核对）\"}"))
			.andExpect(status().isOk());

		loader.run(null);

		assertThat(calendar.isWorkingDay(makeUpSunday)).isFalse();
		mvc.perform(get("/api/v1/calendar/2024").with(TestActors.admin()))
			.andExpect(jsonPath("$.days[?(@.date == '2024-02-10')].name").value(hasItem("春节（已核对）")))
			.andExpect(jsonPath("$.days[?(@.date == '2024-02-04')]").isEmpty());
	}

	@Test
	void theYearPageIsForAdministrators() throws Exception {
		mvc.perform(get("/calendar?year=2026&edit=2026-02-14").with(TestActors.admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("data-date=\"2026-02-14\"")))
			.andExpect(content().string(Matchers.containsString("dl-day makeup")))
			.andExpect(content().string(Matchers.containsString("action=\"/calendar/days/2026-02-14\"")));
		mvc.perform(get("/calendar").with(TestActors.role(Role.SUPERVISOR))).andExpect(status().isForbidden());
	}

	@Test
	void theYearPageSavesAnEditedDay() throws Exception {
		mvc.perform(post("/calendar/days/2032-05-03").with(TestActors.admin()).with(csrf())
			.param("kind", "OFF").param("name", "测试"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/calendar?year=2032&edit=2032-05-03*"));
		assertThat(calendar.isWorkingDay(LocalDate.of(2032, 5, 3))).isFalse();
		mvc.perform(post("/calendar/days/2032-05-03").with(TestActors.admin()).with(csrf()).param("kind", "DEFAULT"))
			.andExpect(status().is3xxRedirection());
		assertThat(calendar.isWorkingDay(LocalDate.of(2032, 5, 3))).isTrue();
	}

	@Autowired
	Deadlines deadlines;

	@Test
	void deadlineRowsWriteTheirLimitAsItemsDo() throws Exception {
		String owner = "limit-text-" + System.nanoTime();
		var start = Instant.parse("2026-03-02T01:00:00Z");
		deadlines.schedule(new DeadlineOwner("TEST", owner), "HANDLE", start,
				new TimeLimit(Duration.parse("P5D"), LimitMode.WORKING_DAYS));
		deadlines.schedule(new DeadlineOwner("TEST", owner), "SIGN", start,
				new TimeLimit(Duration.parse("PT24H"), LimitMode.NATURAL));
		mvc.perform(get("/api/v1/deadlines").param("ownerType", "TEST").param("ownerId", owner)
			.with(TestActors.admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[?(@.kind == 'HANDLE')].duration").value(hasItem("P5D")))
			.andExpect(jsonPath("$.content[?(@.kind == 'HANDLE')].mode").value(hasItem("WORKING_DAYS")))
			.andExpect(jsonPath("$.content[?(@.kind == 'SIGN')].duration").value(hasItem("PT24H")));
	}

	@Test
	void administratorsInspectDeadlineRows() throws Exception {
		mvc.perform(get("/api/v1/deadlines?status=DEAD").with(TestActors.admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content").isArray())
			.andExpect(jsonPath("$.page").value(0));
		mvc.perform(get("/api/v1/deadlines").with(TestActors.role(Role.LEADER))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/deadlines?status=NOPE").with(TestActors.admin())).andExpect(status().isBadRequest());
	}
}
