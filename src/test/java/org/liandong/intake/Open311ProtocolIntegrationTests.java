package org.liandong.intake;

import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.liandong.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Open311 around the endpoints: the error list for idempotency refusals, 405 (not a login request) for a wrong
 * method, and the per-address limit that made-up api keys count against.
 */
@IntegrationTest
class Open311ProtocolIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private static MockHttpServletRequestBuilder request(String format, String description) {
		return post("/open311/v2/requests." + format).contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.characterEncoding("UTF-8")
			.param("api_key", "demo-open311-key")
			.param("service_code", "CE-0102")
			.param("address_string", "竹岛")
			.param("description", description);
	}

	@Test
	void anIdempotencyKeyReusedWithAnotherBodyIs422InTheSpecErrorList() throws Exception {
		String key = UUID.randomUUID().toString();
		mvc.perform(request("json", "第一次").header("Idempotency-Key", key)).andExpect(status().isOk());
		mvc.perform(request("json", "第二次").header("Idempotency-Key", key))
			.andExpect(status().isUnprocessableContent())
			.andExpect(header().string("Content-Type", "application/json; charset=utf-8"))
			.andExpect(jsonPath("$[0].code").value(422))
			.andExpect(jsonPath("$[0].description").value("This Idempotency-Key was used with a different request body."));
		String xmlKey = UUID.randomUUID().toString();
		mvc.perform(request("xml", "第一次").header("Idempotency-Key", xmlKey)).andExpect(status().isOk());
		mvc.perform(request("xml", "第二次").header("Idempotency-Key", xmlKey))
			.andExpect(status().isUnprocessableContent())
			.andExpect(header().string("Content-Type", "text/xml; charset=utf-8"))
			.andExpect(content().string("<?xml version=\"1.0\" encoding=\"utf-8\"?><errors><error><code>422</code>"
					+ "<description>This Idempotency-Key was used with a different request body.</description>"
					+ "</error></errors>"));
	}

	@Test
	void aKeyStillInProgressIs409InTheSpecErrorList() throws Exception {
		String key = UUID.randomUUID().toString();
		mvc.perform(request("xml", "进行中").header("Idempotency-Key", key)).andExpect(status().isOk());
		// as if the same request were still running on a node of the version before docs/adr/0008 (a claim row)
		jdbc.sql("UPDATE sh_idempotency SET state = 'IN_PROGRESS', lease_until = :lease WHERE idem_key = :key")
			.param("lease", OffsetDateTime.now(ZoneOffset.UTC).plusHours(1))
			.param("key", key)
			.update();
		mvc.perform(request("xml", "进行中").header("Idempotency-Key", key))
			.andExpect(status().isConflict())
			.andExpect(header().string("Retry-After", "1"))
			.andExpect(header().string("Content-Type", "text/xml; charset=utf-8"))
			.andExpect(content().string(startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?><errors><error>"
					+ "<code>409</code><description>")));
	}

	@Test
	void aMalformedIdempotencyKeyIs400InTheSpecErrorList() throws Exception {
		mvc.perform(request("json", "键太长").header("Idempotency-Key", "k".repeat(201)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$[0].code").value(400));
	}

	@Test
	void aWrongMethodIs405NotARequestToLogIn() throws Exception {
		mvc.perform(put("/open311/v2/requests.json")).andExpect(status().isMethodNotAllowed());
		mvc.perform(post("/open311/v2/services.json")).andExpect(status().isMethodNotAllowed());
		mvc.perform(delete("/open311/v2/discovery.xml")).andExpect(status().isMethodNotAllowed());
		mvc.perform(get("/open311/v2/requests.json")).andExpect(status().isOk());
	}

	@Test
	void postsWithAMadeUpApiKeyCountAgainstTheAddressesReadLimit() throws Exception {
		String address = "10.77.0.1";
		for (int i = 0; i < 600; i++) {
			mvc.perform(post("/open311/v2/requests.json").param("api_key", "made-up-" + i).with(r -> {
				r.setRemoteAddr(address);
				return r;
			})).andExpect(status().isForbidden());
		}
		mvc.perform(post("/open311/v2/requests.xml").param("api_key", "made-up").with(r -> {
			r.setRemoteAddr(address);
			return r;
		}))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(header().string("Content-Type", "text/xml; charset=utf-8"))
			.andExpect(content().string(startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?><errors><error>"
					+ "<code>429</code>")));
		mvc.perform(post("/open311/v2/requests.json").param("api_key", "made-up").with(r -> {
			r.setRemoteAddr("10.78.0.1");
			return r;
		})).andExpect(status().isForbidden());
	}
}
