package org.liandong.identity.internal;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.liandong.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A page's language: the browser's preferred one of Chinese and English when no choice was made, the choice
 * ({@code ?lang=}, kept in a cookie) over it (outside check, 2026-11-29: a browser set to English got Chinese).
 */
@IntegrationTest
class PageLanguageIntegrationTests {

	@Autowired
	MockMvc mvc;

	void lang(String acceptLanguage, Cookie cookie, String expected) throws Exception {
		var request = get("/public/rankings");
		if (acceptLanguage != null) {
			request.header("Accept-Language", acceptLanguage);
		}
		if (cookie != null) {
			request.cookie(cookie);
		}
		mvc.perform(request).andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"" + expected + "\"")));
	}

	@Test
	void followsTheBrowsersPreferredLanguageOfTheTwoWrittenAndChineseOtherwise() throws Exception {
		lang(null, null, "zh-CN");
		lang("en-US,en;q=0.9", null, "en");
		lang("fr-FR, en;q=0.5, zh-CN;q=0.3", null, "en");
		lang("zh-TW,zh;q=0.9,en;q=0.8", null, "zh-CN");
		lang("de-DE", null, "zh-CN");
		lang("not a language ;;", null, "zh-CN");
	}

	@Test
	void aLanguageChosenOnThePagesWinsOverTheBrowsers() throws Exception {
		lang("en-US", new Cookie("liandong-lang", "zh-CN"), "zh-CN");
		lang("zh-CN", new Cookie("liandong-lang", "en"), "en");
	}

	@Test
	void aLanguageNotWrittenIsChineseAndSaysSo() throws Exception {
		for (String lang : new String[] { "fr", "xx", "zh", "zh-TW" }) {
			mvc.perform(get("/public/rankings").param("lang", lang)).andExpect(status().isOk())
				.andExpect(content().string(containsString("<html lang=\"zh-CN\"")));
		}
		mvc.perform(get("/public/rankings").param("lang", "en-GB")).andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"en\"")));
	}
}
