package org.liandong.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.liandong.directory.internal.ItemDraft.LimitDraft;
import org.liandong.identity.Role;
import org.liandong.support.IntegrationTest;
import org.liandong.support.TestActors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

/**
 * An item stored before validation bounded the limits (or written behind the API's back) must not make dispatch
 * answer 500: the deadline engine refuses the limit as a conflict, and the order stays where it was.
 */
@IntegrationTest
class StoredItemLimitIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Items items;

	@Autowired
	InMemoryDirectory directory;

	private static ItemDraft item(String normalLimit) {
		return new ItemDraft("T-STORED-LONG", "超长时限", List.of("城乡建设", "市政设施", "井盖"), "COMPLAINT", "NORMAL", "",
				List.of(), false, "DEPARTMENT", "CSGLJ", List.of(), LimitDraft.parse("PT2H WORKING_HOURS"),
				LimitDraft.parse("PT24H NATURAL"), Map.of("NORMAL", LimitDraft.parse(normalLimit)), false, "", true)
			.normalized();
	}

	@Test
	void dispatchingAnOrderWhoseItemHasAnUncomputableLimitIsAConflict() throws Exception {
		items.insertAll(List.of(item("P999999999D WORKING_DAYS")), Instant.now());
		directory.refresh();
		try {
			dispatchIsRefused();
		}
		finally {
			// leave a valid item behind for the other tests of the shared context (e.g. export and re-import)
			items.update(item("P5D WORKING_DAYS"), 0, Instant.now());
			directory.refresh();
		}
	}

	private void dispatchIsRefused() throws Exception {
		String created = mvc.perform(post("/api/v1/work-orders").with(TestActors.role(Role.OPERATOR))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"channel\":\"HOTLINE\",\"content\":\"井盖缺失\",\"itemCode\":\"T-STORED-LONG\"}"))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		String id = JsonPath.read(created, "$.id");

		mvc.perform(post("/api/v1/work-orders/{id}/dispatch", id).with(TestActors.role(Role.DISPATCHER))
			.contentType(MediaType.APPLICATION_JSON).content("{\"leadUnitCode\":\"CSGLJ\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("https://liandong.org/problems/conflict"))
			.andExpect(jsonPath("$.detail").value(containsString("P1000D")));
		String order = mvc.perform(get("/api/v1/work-orders/{id}", id).with(TestActors.admin()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat((String) JsonPath.read(order, "$.status")).isEqualTo("RECEIVED");
	}
}
