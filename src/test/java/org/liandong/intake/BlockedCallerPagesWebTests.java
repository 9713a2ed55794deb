package org.liandong.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.liandong.identity.Role;
import org.liandong.support.IntegrationTest;
import org.liandong.support.TestActors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * One rule for a phone number on the blocked-callers page, the operator console and its history panel: every common
 * way of writing a number is accepted and normalised ({@code +86}, spaces and hyphens removed).
 */
@IntegrationTest
class BlockedCallerPagesWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	List<String> listed(String like) {
		return jdbc.sql("SELECT phone FROM in_blocked_caller WHERE phone LIKE :p").param("p", like)
			.query(String.class).list();
	}

	@Test
	void theListPageAcceptsMobilesWrittenWithTheCountryCodeOrHyphensAndStoresThemNormalised() throws Exception {
		for (String written : List.of("137-0000-8881", "+86 13700008882", "+86 137 0000 8883", "0086-137-0000-8884",
				"(0631) 520-8885", "+86 631 5208886")) {
			mvc.perform(post("/intake/blocked-callers").with(TestActors.role(Role.SUPERVISOR)).with(csrf())
				.param("phone", written)
				.param("reason", "反复骚扰"))
				.andExpect(status().is3xxRedirection())
				.andExpect(redirectedUrl("/intake/blocked-callers"));
		}
		assertThat(listed("1370000888%")).containsExactlyInAnyOrder("13700008881", "13700008882", "13700008883",
				"13700008884");
		assertThat(listed("063152088%")).containsExactlyInAnyOrder("06315208885", "06315208886");
		// written another way, still the same number: already listed
		mvc.perform(post("/intake/blocked-callers").with(TestActors.role(Role.SUPERVISOR)).with(csrf())
			.param("phone", "137 0000 8881")
			.param("reason", "反复骚扰")).andExpect(status().isConflict());
		mvc.perform(post("/intake/blocked-callers").with(TestActors.role(Role.SUPERVISOR)).with(csrf())
			.param("phone", "+86 12345")
			.param("reason", "反复骚扰")).andExpect(status().isBadRequest());
	}

	@Test
	void theConsoleTakesInACallerWrittenWithTheCountryCodeAndHyphensUnderTheNormalisedNumber() throws Exception {
		mvc.perform(post("/intake/console").with(TestActors.role(Role.OPERATOR)).with(csrf())
			.param("channel", "HOTLINE")
			.param("citizenPhone", "+86 137-0000-8891")
			.param("address", "文化路 8 号")
			.param("content", "文化路人行道地砖松动，昨天晚上有老人绊倒"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("done"));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM wo_order WHERE citizen_phone = '13700008891'").query(Long.class)
			.single()).isEqualTo(1);
		mvc.perform(get("/intake/console/history").with(TestActors.role(Role.OPERATOR))
			.param("citizenPhone", "+86 137 0000 8891"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("文化路人行道地砖松动")));
	}
}
