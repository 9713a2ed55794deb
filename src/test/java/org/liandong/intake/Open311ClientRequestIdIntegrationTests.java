package org.liandong.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.liandong.support.IntegrationTest;
import org.liandong.support.Open311TestClients;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Open311 clients' own request ids ({@code client_request_id}): scoped per api_key, a replay answers the original
 * service_request_id in the same shape and creates nothing, and two concurrent posts create one order.
 */
@IntegrationTest
class Open311ClientRequestIdIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	final JsonMapper json = JsonMapper.builder().build();

	String newClient(String name) throws Exception {
		return Open311TestClients.apiKey(mvc, name, 1000);
	}

	MockHttpServletRequestBuilder request(String format, String key, String clientRequestId) {
		return post("/open311/v2/requests." + format).contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.characterEncoding("UTF-8")
			.param("api_key", key)
			.param("service_code", "CG-0101")
			.param("address_string", "威海市环翠区海滨北路88号")
			.param("attribute[DAMAGE]", "BROKEN")
			.param("account_id", "acct-7")
			.param("description", "井盖破损")
			.param("client_request_id", clientRequestId);
	}

	int orders(String clientRequestId) {
		return jdbc.sql("SELECT COUNT(*) FROM in_open311_client_request WHERE client_request_id = :id")
			.param("id", clientRequestId)
			.query(Integer.class)
			.single();
	}

	int open311Rows() {
		return jdbc.sql("SELECT COUNT(*) FROM in_open311_request").query(Integer.class).single();
	}

	@Test
	void theSameIdFromTheSameClientAnswersTheOriginalRequestInJsonAndCreatesNothing() throws Exception {
		String key = newClient("client-id json");
		String id = "json-" + UUID.randomUUID();
		int before = open311Rows();
		String first = mvc.perform(request("json", key, id))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String again = mvc.perform(request("json", key, id).param("description", "再次提交，内容不同"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].account_id").value("acct-7"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(again).isEqualTo(first);
		assertThat(json.readTree(first).get(0).get("service_request_id").asString()).startsWith("WH");
		assertThat(open311Rows()).isEqualTo(before + 1);
	}

	@Test
	void theSameIdFromTheSameClientAnswersTheOriginalRequestInXml() throws Exception {
		String key = newClient("client-id xml");
		String id = "xml-" + UUID.randomUUID();
		String first = mvc.perform(request("xml", key, id))
			.andExpect(status().isOk())
			.andExpect(xpath("/service_requests/request/service_request_id").exists())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String number = first.replaceAll("(?s).*<service_request_id>([^<]+)</service_request_id>.*", "$1");
		mvc.perform(request("xml", key, id))
			.andExpect(status().isOk())
			.andExpect(xpath("/service_requests/request/service_request_id").string(number))
			.andExpect(xpath("/service_requests/request/account_id").string("acct-7"));
		// the same id in the other format is still the same request
		mvc.perform(request("json", key, id)).andExpect(jsonPath("$[0].service_request_id").value(number));
		assertThat(orders(id)).isEqualTo(1);
	}

	@Test
	void theSameIdFromAnotherClientIsAnotherRequest() throws Exception {
		String id = "shared-" + UUID.randomUUID();
		JsonNode a = json.readTree(mvc.perform(request("json", newClient("client a"), id)).andReturn().getResponse()
			.getContentAsString());
		JsonNode b = json.readTree(mvc.perform(request("json", newClient("client b"), id)).andReturn().getResponse()
			.getContentAsString());
		assertThat(a.get(0).get("service_request_id").asString())
			.isNotEqualTo(b.get(0).get("service_request_id").asString());
		assertThat(orders(id)).isEqualTo(2);
	}

	@Test
	void anIdempotencyKeyIsScopedToItsClient() throws Exception {
		String key = "idem-" + UUID.randomUUID();
		String first = newClient("idempotent a");
		String a = json.readTree(mvc.perform(request("json", first, "a-" + key).header("Idempotency-Key", key))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
			.get(0).get("service_request_id").asString();
		// another client's key is another caller's: its request is its own (not a 422, nor the first's answer)
		String b = json.readTree(mvc.perform(request("json", newClient("idempotent b"), "b-" + key)
			.header("Idempotency-Key", key)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
			.get(0).get("service_request_id").asString();
		assertThat(b).isNotEqualTo(a);
		// and the first client's replay still answers its own request
		mvc.perform(request("json", first, "a-" + key).header("Idempotency-Key", key))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$[0].service_request_id")
				.value(a));
	}

	@Test
	void aRefusedRequestDoesNotUseUpItsIdAndAnOverlongIdIsRefused() throws Exception {
		String key = newClient("client-id refused");
		String id = "refused-" + UUID.randomUUID();
		mvc.perform(request("json", key, id).param("attribute[DAMAGE]", "NO_SUCH_VALUE"))
			.andExpect(status().isBadRequest());
		assertThat(orders(id)).isZero();
		mvc.perform(request("json", key, id)).andExpect(status().isOk());
		assertThat(orders(id)).isEqualTo(1);
		mvc.perform(request("json", key, "x".repeat(201)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$[0].description").value(org.hamcrest.Matchers.containsString("client_request_id")));
	}

	@Test
	void aPostWhoseIdIsClaimedByARequestStillInFlightAnswers409AndCreatesNothing() throws Exception {
		JsonNode client = Open311TestClients.create(mvc, "client-id in flight", 1000);
		String id = "in-flight-" + UUID.randomUUID();
		// the claim of a first post whose order is not committed yet: the claim row without its request
		jdbc.sql("INSERT INTO in_open311_client_request (client_id, client_request_id, token, created_at) "
				+ "VALUES (:c, :id, :t, CURRENT_TIMESTAMP)")
			.param("c", client.get("id").asString())
			.param("id", id)
			.param("t", UUID.randomUUID().toString())
			.update();
		int before = open311Rows();
		mvc.perform(request("json", client.get("apiKey").asString(), id))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$[0].code").value(409));
		assertThat(open311Rows()).isEqualTo(before);
	}

	@Test
	void twoConcurrentPostsWithTheSameIdCreateOneOrder() throws Exception {
		String key = newClient("client-id concurrent");
		for (int round = 0; round < 3; round++) {
			String id = "concurrent-" + round + "-" + UUID.randomUUID();
			int before = open311Rows();
			CountDownLatch start = new CountDownLatch(1);
			ExecutorService pool = Executors.newFixedThreadPool(4);
			try {
				List<Future<MockHttpServletResponse>> posts = new ArrayList<>();
				for (int i = 0; i < 4; i++) {
					String format = i % 2 == 0 ? "json" : "xml";
					Callable<MockHttpServletResponse> post = () -> {
						start.await();
						return mvc.perform(request(format, key, id)).andReturn().getResponse();
					};
					posts.add(pool.submit(post));
				}
				start.countDown();
				List<String> numbers = new ArrayList<>();
				for (Future<MockHttpServletResponse> f : posts) {
					MockHttpServletResponse r = f.get(30, TimeUnit.SECONDS);
					String body = r.getContentAsString();
					assertThat(r.getStatus()).as(body).isIn(200, 409);
					if (r.getStatus() == 200) {
						numbers.add(body.replaceAll("(?s).*(WH\\d+).*", "$1"));
					}
				}
				assertThat(numbers).isNotEmpty();
				assertThat(numbers.stream().distinct()).hasSize(1);
				assertThat(open311Rows()).isEqualTo(before + 1);
				assertThat(orders(id)).isEqualTo(1);
			}
			finally {
				pool.shutdownNow();
			}
		}
	}
}
