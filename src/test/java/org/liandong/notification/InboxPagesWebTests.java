package org.liandong.notification;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.liandong.identity.Role;
import org.liandong.linkage.LinkageApi;
import org.liandong.support.IntegrationTest;
import org.liandong.support.TestActors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The inbox page once an order has left the unit: a notice instead of a link to a 404 page. */
@IntegrationTest
class InboxPagesWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	RequestPostProcessor street = httpBasic("h-" + LinkageApi.STREET, "demo123");
	RequestPostProcessor dispatcher = TestActors.role(Role.DISPATCHER);

	@Test
	void aNotificationOfAnOrderReturnedByTheUnitSaysItIsNoLongerThereInsteadOfLinkingToA404() throws Exception {
		LinkageApi api = new LinkageApi(mvc);
		String order = api.dispatchedOrder(TestActors.role(Role.OPERATOR), dispatcher);
		String notification = Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> jdbc
			.sql("SELECT id FROM nt_notification WHERE recipient = :r AND order_id = :o AND kind = 'NEW_ORDER'")
			.param("r", "h-" + LinkageApi.STREET)
			.param("o", order)
			.query(String.class)
			.optional()
			.orElse(null), id -> id != null);
		// while the order is with the unit, 查看 opens it
		mvc.perform(post("/notifications/{id}/open", notification).with(street).with(csrf()))
			.andExpect(redirectedUrl("/work-orders/" + order));
		api.post(street, "/api/v1/work-orders/{id}/request-return", "{\"reason\":\"不属于本街道职责\"}", order)
			.andExpect(status().isOk());
		api.post(dispatcher, "/api/v1/work-orders/{id}/approve-return", "{}", order).andExpect(status().isOk());

		mvc.perform(get("/notifications").with(street))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"gone-" + notification + "\""),
					containsString("该工单已不在本单位办理"),
					not(containsString("/notifications/" + notification + "/open")))));
		mvc.perform(post("/notifications/{id}/open", notification).with(street).with(csrf()))
			.andExpect(redirectedUrl("/notifications"))
			.andExpect(flash().attribute("goneNotice", true));
		mvc.perform(get("/notifications").param("lang", "en").with(street))
			.andExpect(content().string(containsString("no longer with your unit")));
	}
}
