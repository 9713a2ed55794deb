package org.liandong.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.liandong.identity.Actor;
import org.liandong.identity.Role;
import org.liandong.support.IntegrationTest;
import org.liandong.support.TestActors;
import org.liandong.workorder.WorkOrders;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import jakarta.servlet.http.Cookie;

/**
 * The portal's pages in the visitor's language: the receipt survives a switch of language (post-redirect-get, the
 * number and query code in this visitor's session, never in a URL), every refusal and the tracked state are in
 * English on the English page, and a phone number is accepted however it is written.
 */
@IntegrationTest
class PortalPagesWebTests {

	static final Cookie ENGLISH = new Cookie("liandong-lang", "en");

	static final Actor ADMIN = new Actor("u-admin", "admin", "admin", Role.ADMIN, null, TestActors.CITY, Set.of());

	@Autowired
	MockMvc mvc;

	@Autowired
	WorkOrders orders;

	MockMultipartHttpServletRequestBuilder submit(String ip) {
		MockMultipartHttpServletRequestBuilder b = multipart("/portal/requests");
		b.with(csrf()).with(r -> {
			r.setRemoteAddr(ip);
			return r;
		});
		return b;
	}

	@Test
	void aCitizensMistakesInTheFormDoNotUseUpTheHoursSubmissions() throws Exception {
		// more refused forms than the hour allows submissions (10), then one that is right: taken in
		for (int i = 0; i < 12; i++) {
			mvc.perform(submit("10.7.0.11").param("content", " ").param("address", "x"))
				.andExpect(status().isBadRequest());
		}
		mvc.perform(submit("10.7.0.11").param("content", "小区门口路灯不亮").param("address", "海滨北路1号"))
			.andExpect(status().is3xxRedirection());
	}

	static String first(String pattern, String page) {
		Matcher m = Pattern.compile(pattern).matcher(page);
		assertThat(m.find()).as(pattern).isTrue();
		return m.group(1);
	}

	@Autowired
	org.liandong.support.RecordingSmsSender sms;

	@Test
	void aFormPostedAgainWithItsKeyAndAnotherTextTextsNothingAndKeepsTheReceipt() throws Exception {
		MockHttpSession session = new MockHttpSession();
		String key = java.util.UUID.randomUUID().toString();
		String phone = "1370000" + (1000 + new java.util.Random().nextInt(9000));
		mvc.perform(submit("10.7.0.9").session(session).param("idempotencyKey", key).param("citizenPhone", phone)
			.param("content", "竹岛街道海滨路井盖缺失，夜间很危险").param("address", "海滨路 2 号"))
			.andExpect(redirectedUrl("/portal/requests"));
		// Back, the text edited, sent again with the form's key: 422, no second order, no second text
		mvc.perform(submit("10.7.0.9").session(session).param("idempotencyKey", key).param("citizenPhone", phone)
			.param("content", "竹岛街道海滨路井盖缺失，夜间很危险，请尽快处理").param("address", "海滨路 2 号"))
			.andExpect(status().is(422));
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(5))
			.until(() -> sms.to(phone).size() >= 1);
		Thread.sleep(500); // a second text, were there one, would be sent by now
		assertThat(sms.to(phone)).hasSize(1);
		mvc.perform(get("/portal/requests").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("查询码")));
	}

	@Test
	void theReceiptIsAPageOfItsOwnThatSwitchesLanguageAndKeepsNumberAndQueryCode() throws Exception {
		MockHttpSession session = new MockHttpSession();
		String location = mvc.perform(submit("10.7.0.1").session(session)
			.param("content", "竹岛街道海滨路路灯不亮已经三天，晚上很黑")
			.param("address", "海滨路 1 号"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/portal/requests"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String zh = mvc.perform(get(location).session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("查询码")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String number = first("id=\"number\">(WH\\d+)<", zh);
		String code = first("id=\"query-code\">(\\d{6})<", zh);
		assertThat(first("id=\"language\" href=\"([^\"]*)\"", zh)).isEqualTo("/portal/requests?lang=en");
		mvc.perform(get("/portal/requests").param("lang", "en").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Query code"), containsString(number),
					containsString(code), containsString("<span>Order number</span><span>: </span>"),
					not(containsString("：")))));
		// another visitor (another session) has no receipt: the form, never someone else's code
		mvc.perform(get("/portal/requests").param("lang", "en"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/portal"));
	}

	@Test
	void aRefusedFormSwitchesLanguageToTheFormNotToItsPostAddress() throws Exception {
		String page = mvc.perform(submit("10.7.0.2").param("content", " ").param("address", "x"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(first("id=\"language\" href=\"([^\"]*)\"", page)).isEqualTo("/portal?lang=en");
	}

	@Test
	void theTrackingPageSwitchesLanguageOnTheSameOrder() throws Exception {
		String page = mvc.perform(get("/portal/track?number=WH1&code=123456"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(first("id=\"language\" href=\"([^\"]*)\"", page))
			.isEqualTo("/portal/track?number=WH1&amp;code=123456&amp;lang=en");
	}

	@Test
	void everyRefusalOfTheEnglishFormIsInEnglish() throws Exception {
		mvc.perform(submit("10.7.0.3").cookie(ENGLISH).param("content", " ").param("address", "x"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("Please describe your request"),
					not(containsString("请填写诉求内容")))));
		mvc.perform(submit("10.7.0.3").cookie(ENGLISH).param("content", "长".repeat(4001)).param("address", "x"))
			.andExpect(content().string(containsString("at most 4000 characters")));
		mvc.perform(submit("10.7.0.3").cookie(ENGLISH).param("content", "问题").param("address", "x")
			.param("citizenPhone", "abc"))
			.andExpect(content().string(containsString("valid mobile or landline number")));
		mvc.perform(submit("10.7.0.3").cookie(ENGLISH).param("content", "问题").param("lat", "abc").param("lon", "122.1"))
			.andExpect(content().string(allOf(containsString("coordinates are not numbers"),
					containsString("map position is incomplete"))));
		mvc.perform(submit("10.7.0.3").cookie(ENGLISH).param("content", "问题").param("lat", "10").param("lon", "10"))
			.andExpect(content().string(containsString("outside the city")));
		mvc.perform(submit("10.7.0.4").param("lang", "en").param("content", "问题").param("address", "x")
			.param("citizenName", "名".repeat(60))
			.param("address", "址".repeat(600)))
			.andExpect(content().string(allOf(containsString("The name may have at most 50 characters"),
					containsString("The address may have at most 500 characters"))));
		var four = submit("10.7.0.4").cookie(ENGLISH).param("content", "问题").param("address", "x");
		for (int i = 0; i < 4; i++) {
			four.file(new MockMultipartFile("photos", i + ".png", "image/png", PortalIntegrationTests.PNG));
		}
		mvc.perform(four).andExpect(content().string(containsString("At most 3 photos")));
		mvc.perform(submit("10.7.0.4").cookie(ENGLISH).param("content", "问题").param("address", "x")
			.file(new MockMultipartFile("photos", "a.txt", "text/plain", "x".getBytes())))
			.andExpect(content().string(containsString("Only pictures can be uploaded: a.txt")));
		mvc.perform(submit("10.7.0.5").cookie(ENGLISH).param("content", "问题").param("address", "x")
			.file(new MockMultipartFile("photos", "a.jpg", "image/jpeg", "not a picture".getBytes())))
			.andExpect(content().string(containsString("not an accepted picture")));
		// and the Chinese page stays Chinese
		mvc.perform(submit("10.7.0.5").param("content", "问题").param("address", "x").param("citizenPhone", "abc"))
			.andExpect(content().string(containsString("请填写正确的手机号或固定电话")));
	}

	@Test
	void theBlockedCallersNeutralMessageIsInEnglishOnTheEnglishForm() throws Exception {
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/intake/blocked-callers")
			.with(TestActors.role(Role.SUPERVISOR))
			.with(csrf())
			.param("phone", "13700007771")
			.param("reason", "反复骚扰")).andExpect(status().is3xxRedirection());
		mvc.perform(submit("10.7.0.6").cookie(ENGLISH).param("content", "小区垃圾无人清运").param("address", "x")
			.param("citizenPhone", "+86 137-0000-7771"))
			.andExpect(status().isForbidden())
			.andExpect(content().string(allOf(containsString("please call the 12345 hotline"),
					not(containsString("请拨打")))));
	}

	@Test
	void theEnglishTrackingPageShowsTheStateInEnglish() throws Exception {
		MockHttpSession session = new MockHttpSession();
		mvc.perform(submit("10.7.0.7").session(session).param("content", "海滨路路灯不亮").param("address", "海滨路 2 号"))
			.andExpect(status().is3xxRedirection());
		String receipt = mvc.perform(get("/portal/requests").session(session)).andReturn().getResponse()
			.getContentAsString();
		String number = first("id=\"number\">(WH\\d+)<", receipt);
		String code = first("id=\"query-code\">(\\d{6})<", receipt);
		orders.act(ADMIN, orders.find(number).orElseThrow().id(), "dispatch", Map.of("leadUnitCode", "ST-371002003"));
		mvc.perform(get("/portal/track").param("number", number).param("code", code).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Sent to the handling unit, awaiting acceptance"),
					not(containsString("已派单")))));
		mvc.perform(get("/portal/track").param("number", number).param("code", code).param("lang", "zh-CN"))
			.andExpect(content().string(containsString("已派单，待签收")));
	}

	@Test
	void aPhoneWrittenWithTheCountryCodeOrHyphensIsAcceptedAndStoredNormalised() throws Exception {
		MockHttpSession session = new MockHttpSession();
		mvc.perform(submit("10.7.0.8").session(session).param("content", "海滨路井盖松动").param("address", "海滨路 3 号")
			.param("citizenPhone", "+86 137-0000-6661"))
			.andExpect(status().is3xxRedirection());
		String receipt = mvc.perform(get("/portal/requests").session(session)).andReturn().getResponse()
			.getContentAsString();
		String number = first("id=\"number\">(WH\\d+)<", receipt);
		String id = orders.find(number).orElseThrow().id();
		assertThat(orders.citizens(java.util.List.of(id)).get(id).phone()).isEqualTo("13700006661");
	}
}
