package org.liandong.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.liandong.identity.Role;
import org.liandong.support.IntegrationTest;
import org.liandong.support.TestActors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

/** The knowledge base: Chinese full-text search over the demo articles, maintenance rights, validity. */
@IntegrationTest
class KnowledgeIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	KnowledgeBase knowledge;

	final JsonMapper json = JsonMapper.builder().build();

	@Test
	void findsDemoArticlesByChineseText() throws Exception {
		mvc.perform(get("/api/v1/knowledge").param("q", "我想把住房公积金取出来交房租").with(TestActors.role(Role.OPERATOR)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[0].title").value("住房公积金提取的一般条件"));
		assertThat(knowledge.search("社保卡丢了怎么办", 3)).first()
			.extracting(KnowledgeArticle::title)
			.isEqualTo("社保卡丢失如何补办");
		assertThat(knowledge.search("", 3)).isEmpty();
		assertThat(knowledge.search("AND OR (\"", 3)).isNotNull();
	}

	/**
	 * An answer through the API that cites an article counts one use of it, as the console's does (outside check,
	 * 2026-11-28: only the console counted); its replay with the same key does not count again, nor does a refused
	 * answer.
	 */
	@Test
	void anAnswerThroughTheApiCountsOneUseOfTheArticleItCites() throws Exception {
		KnowledgeArticle article = knowledge.search("社保卡丢了怎么办", 1).get(0);
		long before = knowledge.find(article.id()).orElseThrow().useCount();
		String order = json.readTree(mvc.perform(post("/api/v1/work-orders").with(TestActors.role(Role.OPERATOR))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"channel\":\"HOTLINE\",\"nature\":\"CONSULT\",\"content\":\"社保卡丢了怎么补办\"}"))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString()).get("id").asString();
		String answer = "{\"articleId\":\"" + article.id() + "\",\"answer\":\"请携带身份证到社保经办机构补办。\"}";
		for (int i = 0; i < 2; i++) { // the second, a replay of the first by its key
			mvc.perform(post("/api/v1/work-orders/{id}/answer", order).with(TestActors.role(Role.OPERATOR))
				.header("Idempotency-Key", "answer-" + order)
				.contentType(MediaType.APPLICATION_JSON)
				.content(answer)).andExpect(status().isOk());
		}
		// answered already: refused, not counted
		mvc.perform(post("/api/v1/work-orders/{id}/answer", order).with(TestActors.role(Role.OPERATOR))
			.contentType(MediaType.APPLICATION_JSON)
			.content(answer)).andExpect(status().isConflict());
		assertThat(knowledge.find(article.id()).orElseThrow().useCount()).isEqualTo(before + 1);
	}

	/**
	 * An answer may cite only an article in force: an expired policy, a draft or an archived article is refused on
	 * {@code articleId} and the order stays as it was (outside check, 2026-11-29: an expired article was accepted).
	 */
	@Test
	void anAnswerMayNotCiteAnArticleThatIsNotInForce() throws Exception {
		String expired = article("{\"title\":\"旧政策\",\"body\":\"已废止\",\"keywords\":[\"旧\"],"
				+ "\"validFrom\":\"2020-01-01\",\"validTo\":\"2020-12-31\"}");
		String draft = article("{\"title\":\"草稿\",\"body\":\"未发布\",\"keywords\":[\"草\"],\"status\":\"DRAFT\"}");
		String order = json.readTree(mvc.perform(post("/api/v1/work-orders").with(TestActors.role(Role.OPERATOR))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"channel\":\"HOTLINE\",\"nature\":\"CONSULT\",\"content\":\"旧政策还能用吗\"}"))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString()).get("id").asString();
		for (String id : new String[] { expired, draft }) {
			mvc.perform(post("/api/v1/work-orders/{id}/answer", order).with(TestActors.role(Role.OPERATOR))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"articleId\":\"" + id + "\",\"answer\":\"按旧政策办理\"}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("articleId"));
			assertThat(knowledge.find(id).orElseThrow().useCount()).isZero();
		}
		mvc.perform(get("/api/v1/work-orders/{id}", order).with(TestActors.role(Role.OPERATOR)))
			.andExpect(jsonPath("$.status").value("RECEIVED"));
	}

	/** An article valid to a day is valid through that day, in the city's calendar (regression check, 2026-11-29). */
	@Test
	void anArticleIsValidThroughItsLastDay() throws Exception {
		java.time.LocalDate today = org.liandong.shared.Zones.cityDate(java.time.Instant.now());
		String lastDay = article("{\"title\":\"今日到期的政策\",\"body\":\"今日仍有效\",\"keywords\":[\"到期\"],"
				+ "\"validFrom\":\"" + today + "\",\"validTo\":\"" + today + "\"}");
		assertThat(knowledge.search("今日到期的政策", 3)).extracting(KnowledgeArticle::id).contains(lastDay);
	}

	String article(String body) throws Exception {
		return json.readTree(mvc.perform(post("/api/v1/knowledge").with(TestActors.role(Role.OPERATOR))
			.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString()).get("id").asString();
	}

	/** A part of a word, or the words in traditional characters, find the article too (outside check, 2026-11-29). */
	@Test
	void findsAnArticleByAPartOfAWordOrInTraditionalCharacters() throws Exception {
		assertThat(knowledge.search("公积", 3)).first().extracting(KnowledgeArticle::title).asString().contains("公积金");
		assertThat(knowledge.search("社保卡丟了怎麼辦", 3)).first()
			.extracting(KnowledgeArticle::title)
			.isEqualTo("社保卡丢失如何补办");
		assertThat(knowledge.search("火星基地", 3)).isEmpty();
		// one character alone finds the words it is part of (积 in 公积金), one that no article has nothing
		assertThat(knowledge.search("积", 3)).extracting(KnowledgeArticle::title)
			.anySatisfy(title -> assertThat(title).contains("公积金"));
		assertThat(knowledge.search("麟", 3)).isEmpty();
	}

	@Test
	void searchIsForSignedInUsers() throws Exception {
		mvc.perform(get("/api/v1/knowledge").param("q", "公积金")).andExpect(status().isUnauthorized());
	}

	@Test
	void operatorsCreateAndUpdateArticlesThatSearchFindsAtOnce() throws Exception {
		String body = """
				{"title":"海水浴场开放时间","body":"国际海水浴场每年夏季开放，具体以景区公告为准。","keywords":["浴场","游泳"],
				 "category":"文化旅游"}""";
		var created = json.readTree(mvc.perform(post("/api/v1/knowledge").with(TestActors.role(Role.OPERATOR))
			.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString());
		String id = created.get("id").asString();
		assertThat(knowledge.search("浴场几点开门", 5)).extracting(KnowledgeArticle::id).contains(id);
		mvc.perform(put("/api/v1/knowledge/" + id).with(TestActors.role(Role.OPERATOR))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.replace("}", ",\"status\":\"ARCHIVED\",\"version\":0}")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1));
		assertThat(knowledge.search("浴场几点开门", 5)).extracting(KnowledgeArticle::id).doesNotContain(id);
		mvc.perform(put("/api/v1/knowledge/" + id).with(TestActors.role(Role.OPERATOR))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.replace("}", ",\"version\":0}"))).andExpect(status().isConflict());
	}

	@Test
	void handlersMaintainOnlyTheirUnitsArticlesAndInvalidBodiesAre400() throws Exception {
		String own = """
				{"title":"垃圾分类投放时间","body":"居民小区垃圾分类定时定点投放。","keywords":["垃圾分类"],"unitCode":"CSGLJ"}""";
		mvc.perform(post("/api/v1/knowledge").with(TestActors.handler("CSGLJ"))
			.contentType(MediaType.APPLICATION_JSON).content(own)).andExpect(status().isCreated());
		mvc.perform(post("/api/v1/knowledge").with(TestActors.handler("ST-371002003"))
			.contentType(MediaType.APPLICATION_JSON).content(own)).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/knowledge").with(TestActors.role(Role.OPERATOR))
			.contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"\",\"body\":\"x\"}"))
			.andExpect(status().isBadRequest());
		// what bean validation cannot see: an empty keyword, an unknown unit, a validity that ends before it starts
		for (String[] bad : new String[][] { { "\"keywords\":[null]", "keywords" },
				{ "\"keywords\":[\" \"]", "keywords" }, { "\"unitCode\":\"NOPE\"", "unitCode" },
				{ "\"validFrom\":\"2026-01-01\",\"validTo\":\"1999-01-01\"", "validTo" } }) {
			mvc.perform(post("/api/v1/knowledge").with(TestActors.role(Role.OPERATOR))
				.contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"t\",\"body\":\"b\",\"keywords\":[\"k\"]," + bad[0] + "}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value(bad[1]));
		}
		// a blank unit or category is none
		mvc.perform(post("/api/v1/knowledge").with(TestActors.role(Role.OPERATOR))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"空白单位\",\"body\":\"b\",\"keywords\":[\"k\"],\"unitCode\":\"  \",\"category\":\" \"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.unitCode").doesNotExist())
			.andExpect(jsonPath("$.category").doesNotExist());
	}

	@Test
	void aMalformedBodyAnswersAfterTheArticleAndTheRights() throws Exception {
		String id = json.readTree(send(post("/api/v1/knowledge"), TestActors.handler("CSGLJ"), """
				{"title":"占道经营投诉渠道","body":"占道经营可拨打12345反映。","keywords":["占道"],"unitCode":"CSGLJ"}""")
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString()).get("id").asString();
		// 404 for an unknown article, 403 for who may not maintain it, then 400
		send(put("/api/v1/knowledge/no-such-article"), TestActors.role(Role.OPERATOR), "{nope")
			.andExpect(status().isNotFound());
		send(put("/api/v1/knowledge/" + id), TestActors.handler("ST-371002003"), "{nope")
			.andExpect(status().isForbidden());
		send(put("/api/v1/knowledge/" + id), TestActors.role(Role.DISPATCHER), "{nope")
			.andExpect(status().isForbidden());
		send(post("/api/v1/knowledge"), TestActors.role(Role.DISPATCHER), "{nope").andExpect(status().isForbidden());
		send(post("/api/v1/knowledge"), TestActors.role(Role.OPERATOR), "{nope")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("body"));
		send(put("/api/v1/knowledge/" + id), TestActors.handler("CSGLJ"), "{nope")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("body"));
		// a value of the wrong kind names its field
		send(put("/api/v1/knowledge/" + id), TestActors.handler("CSGLJ"),
				"{\"title\":\"t\",\"body\":\"b\",\"keywords\":[\"k\"],\"unitCode\":\"CSGLJ\",\"validTo\":\"soon\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("validTo"));
	}

	@Test
	void anArticleWithoutKeywordsIsRefusedByName() throws Exception {
		String id = json.readTree(send(post("/api/v1/knowledge"), TestActors.role(Role.OPERATOR), """
				{"title":"路灯报修","body":"路灯不亮可拨打12345反映。","keywords":["路灯"]}""")
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString()).get("id").asString();
		for (String keywords : new String[] { "", ",\"keywords\":[]", ",\"keywords\":null" }) {
			String body = "{\"title\":\"路灯报修\",\"body\":\"路灯不亮。\"" + keywords + "}";
			send(post("/api/v1/knowledge"), TestActors.role(Role.OPERATOR), body)
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("keywords"));
			send(put("/api/v1/knowledge/" + id), TestActors.role(Role.OPERATOR), body)
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("keywords"));
		}
		assertThat(knowledge.find(id).orElseThrow().keywords()).containsExactly("路灯");
	}

	private org.springframework.test.web.servlet.ResultActions send(
			org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			org.springframework.test.web.servlet.request.RequestPostProcessor who, String body) throws Exception {
		return mvc.perform(request.with(who).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	@Test
	void articlesOutsideTheirValidityAreNotFound() throws Exception {
		mvc.perform(post("/api/v1/knowledge").with(TestActors.admin()).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"title":"旧的供暖补贴政策","body":"供暖补贴按旧标准发放。","keywords":["供暖"],"validTo":"2020-01-01"}"""))
			.andExpect(status().isCreated());
		assertThat(knowledge.search("供暖补贴", 5)).extracting(KnowledgeArticle::title)
			.doesNotContain("旧的供暖补贴政策");
	}
}
