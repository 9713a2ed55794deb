package org.liandong.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.liandong.identity.Role;
import org.liandong.knowledge.KnowledgeBase;
import org.liandong.support.IntegrationTest;
import org.liandong.support.TestActors;
import org.liandong.workorder.Channel;
import org.liandong.workorder.NewWorkOrder;
import org.liandong.workorder.WorkOrderStatus;
import org.liandong.workorder.WorkOrderSummary;
import org.liandong.workorder.WorkOrders;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The operator console: take in, 五要素 checks, caller history, direct answer, merge, errors leave nothing behind. */
@IntegrationTest
class ConsoleIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	WorkOrders orders;

	@Autowired
	KnowledgeBase knowledge;

	@Autowired
	JdbcClient jdbc;

	static String phone() {
		return "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
	}

	MockHttpServletRequestBuilder call(String path, String phone, String content) {
		return post(path).with(csrf())
			.with(TestActors.role(Role.OPERATOR))
			.param("channel", "HOTLINE")
			.param("citizenPhone", phone)
			.param("citizenName", "张先生")
			.param("address", "环翠区海滨北路88号")
			.param("regionCode", "371002003000")
			.param("content", content)
			.param("nature", "COMPLAINT")
			.param("urgency", "NORMAL");
	}

	long orderCount() {
		return jdbc.sql("SELECT COUNT(*) FROM wo_order").query(Long.class).single();
	}

	@Test
	void thePageOpensForOperatorsOnlyWithTheFormFocused() throws Exception {
		mvc.perform(get("/intake/console").with(TestActors.role(Role.OPERATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("autofocus")))
			.andExpect(content().string(Matchers.containsString("五要素")));
		mvc.perform(get("/intake/console").with(TestActors.handler("CSGLJ"))).andExpect(status().isForbidden())
			.andExpect(content().string(Matchers.allOf(Matchers.containsString("话务受理台供话务员使用。"),
					Matchers.not(Matchers.containsString("The operator console")))));
		mvc.perform(get("/intake/console").with(TestActors.handler("CSGLJ"))
			.cookie(new jakarta.servlet.http.Cookie("liandong-lang", "en")))
			.andExpect(status().isForbidden())
			.andExpect(content().string(Matchers.containsString("The operator console is for operators.")));
		mvc.perform(get("/intake/grid").with(TestActors.handler("CSGLJ"))).andExpect(status().isForbidden())
			.andExpect(content().string(Matchers.containsString("网格上报供网格员使用。")));
		mvc.perform(get("/intake/blocked-callers").with(TestActors.handler("CSGLJ"))).andExpect(status().isForbidden())
			.andExpect(content().string(Matchers.containsString("骚扰号码名单供系统管理员、督办员和话务员查看。")));
	}

	@Test
	void aCallIsTakenInAndWaitsForDispatch() throws Exception {
		String caller = phone();
		var result = mvc.perform(call("/intake/console", caller, "昨天晚上海滨北路88号门口井盖丢了，很危险"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("outcome", "submitted"))
			.andReturn();
		WorkOrderSummary order = (WorkOrderSummary) result.getFlashMap().get("done");
		assertThat(order.status()).isEqualTo(WorkOrderStatus.RECEIVED);
		assertThat(order.channel()).isEqualTo(Channel.HOTLINE);
		assertThat(orders.citizenPhone(order.id())).contains(caller);

		mvc.perform(get("/intake/console/history").param("citizenPhone", caller).with(TestActors.role(Role.OPERATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(order.number())));
	}

	@Test
	void theFiveElementsShowWhatIsMissing() throws Exception {
		mvc.perform(get("/intake/console/checks").with(TestActors.role(Role.OPERATOR)).param("content", "路灯不亮"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("✗ 何人")))
			.andExpect(content().string(Matchers.containsString("✗ 何地")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("<html"))));
		mvc.perform(get("/intake/console/checks").with(TestActors.role(Role.OPERATOR))
			.param("citizenPhone", "13812345678")
			.param("address", "海滨北路88号")
			.param("nature", "COMPLAINT")
			.param("content", "昨天晚上开始海滨北路的路灯一直不亮"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.not(Matchers.containsString("missing"))))
			.andExpect(content().string(Matchers.containsString("✓ 何时")));
	}

	@Test
	void aDirectAnswerFromAnArticleAnswersTheOrderAndCountsTheUse() throws Exception {
		var article = knowledge.search("社保卡", 1).get(0);
		var result = mvc.perform(call("/intake/console/answer", phone(), "请问社保卡丢了怎么补办？今天想去办理")
			.param("articleId", article.id())).andExpect(status().is3xxRedirection()).andReturn();
		WorkOrderSummary order = (WorkOrderSummary) result.getFlashMap().get("done");
		assertThat(order.status()).isEqualTo(WorkOrderStatus.ANSWERED);
		assertThat(knowledge.find(article.id()).orElseThrow().useCount()).isGreaterThan(article.useCount());

		mvc.perform(get("/intake/console/knowledge").param("kq", "社保卡").with(TestActors.role(Role.OPERATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(article.title())));
	}

	@Test
	void aSimilarOpenOrderIsOfferedAndTheCallIsMergedIntoIt() throws Exception {
		String caller = phone();
		WorkOrderSummary master = orders.receive(new NewWorkOrder(Channel.HOTLINE, "海滨北路88号门口井盖丢失，夜里很危险",
				null, null, null, caller, "环翠区海滨北路88号", null, null, null, "371002003000", null, null, null, false,
				List.of()), "operator1", "OPERATOR");
		mvc.perform(get("/intake/console/similar").with(TestActors.role(Role.OPERATOR))
			.param("citizenPhone", caller)
			.param("content", "海滨北路88号井盖丢失"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(master.number())));

		var result = mvc.perform(call("/intake/console/merge", caller, "海滨北路88号井盖丢失了，昨天发现的")
			.param("masterId", master.id())).andExpect(status().is3xxRedirection()).andReturn();
		WorkOrderSummary merged = (WorkOrderSummary) result.getFlashMap().get("done");
		assertThat(merged.status()).isEqualTo(WorkOrderStatus.MERGED);
		assertThat(merged.masterId()).isEqualTo(master.id());
	}

	/** A list: the similar orders' titles without the numbers typed into them (outside check, 2026-11-28). */
	@Test
	void theSimilarOrdersPanelShowsTitlesAsAListShowsThem() throws Exception {
		String caller = phone();
		WorkOrderSummary master = orders.receive(new NewWorkOrder(Channel.HOTLINE, "海滨北路66号井盖丢失 回电" + caller,
				null, null, null, caller, "环翠区海滨北路66号", null, null, null, "371002003000", null, null, null, false,
				List.of()), "operator1", "OPERATOR");
		mvc.perform(get("/intake/console/similar").with(TestActors.role(Role.OPERATOR))
			.param("citizenPhone", caller)
			.param("content", "海滨北路66号井盖丢失"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(master.number())))
			.andExpect(content().string(Matchers.not(Matchers.containsString(caller))));
	}

	@Test
	void aRefusedMergeOrBadInputStoresNothingAndSaysWhy() throws Exception {
		long before = orderCount();
		mvc.perform(call("/intake/console/merge", phone(), "测试：合并到不存在的工单").param("masterId", "no-such-order"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.containsString("要合并的工单不存在")));
		WorkOrderSummary closed = orders.receive(new NewWorkOrder(Channel.HOTLINE, "咨询公积金提取条件", null, null, null,
				null, null, null, null, null, null, null, null, null, false, List.of()), "operator1", "OPERATOR");
		orders.act(new org.liandong.identity.Actor("u-op", "operator1", "op", Role.OPERATOR, null, TestActors.CITY,
				java.util.Set.of()), closed.id(), "answer", java.util.Map.of("answer", "见政策说明"));
		before = orderCount();
		mvc.perform(call("/intake/console/merge", phone(), "合并到已直办的工单").param("masterId", closed.id()))
			.andExpect(status().isConflict());
		mvc.perform(call("/intake/console", "12345", "来电号码不对"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.containsString("来电号码格式不正确")));
		// the intake module's own refusals in the page's language too
		mvc.perform(post("/intake/console").with(csrf()).with(TestActors.role(Role.OPERATOR))
			.param("citizenPhone", "12345").param("content", "来电号码不对").param("nature", "ODD")
			.cookie(new jakarta.servlet.http.Cookie("liandong-lang", "en")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.allOf(
					Matchers.containsString("The caller’s number is not a valid phone number."),
					Matchers.containsString("Not one of the choices: ODD"),
					Matchers.not(Matchers.containsString("来电号码格式不正确")))));
		// the work-order module's refusal in the page's language, not its API's English
		mvc.perform(call("/intake/console", phone(), "事项代码不对").param("itemCode", "ZZZ"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.allOf(Matchers.containsString("事项不存在"),
					Matchers.not(Matchers.containsString("Unknown responsibility item")))));
		assertThat(orderCount()).isEqualTo(before);
	}
}
