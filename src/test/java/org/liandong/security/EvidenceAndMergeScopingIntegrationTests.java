package org.liandong.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.liandong.identity.Actor;
import org.liandong.identity.Role;
import org.liandong.linkage.LinkageApi;
import org.liandong.support.IntegrationTest;
import org.liandong.support.TestActors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.json.JsonMapper;

/**
 * Files and merges reach no further than the orders a caller sees (CONTRACT §4): an order's evidence is served to
 * whoever sees the order (and to its uploader), not to anyone holding its id; another user's upload cannot be
 * attached; a merge cannot name, link or confirm a master outside the caller's scope.
 */
@IntegrationTest
class EvidenceAndMergeScopingIntegrationTests {

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R' };

	@Autowired
	MockMvc mvc;

	private final JsonMapper json = JsonMapper.builder().build();

	private final RequestPostProcessor lead = TestActors.handler(LinkageApi.STREET);

	private final RequestPostProcessor otherUnit = TestActors.handler("CSGLJ");

	private String upload(RequestPostProcessor who) throws Exception {
		String body = mvc.perform(multipart("/api/v1/files")
			.file(new MockMultipartFile("file", "现场.png", "image/png", PNG))
			.with(who)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return json.readTree(body).get("id").asString();
	}

	private int download(RequestPostProcessor who, String file) throws Exception {
		return mvc.perform(get("/api/v1/files/{id}", file).with(who)).andReturn().getResponse().getStatus();
	}

	@Test
	void anOrdersEvidenceIsServedToWhoeverSeesTheOrderAndToNoOneElse() throws Exception {
		LinkageApi api = new LinkageApi(mvc);
		String order = api.dispatchedOrder(TestActors.role(Role.OPERATOR), TestActors.role(Role.DISPATCHER));
		String photo = upload(lead);
		assertThat(download(otherUnit, photo)).as("an upload not attached yet: its uploader's only").isEqualTo(404);
		api.post(lead, "/api/v1/work-orders/{id}/sign", "{}", order).andExpect(status().isOk());
		api.post(lead, "/api/v1/work-orders/{id}/reply", "{\"result\":\"已清理\",\"attachments\":[\"" + photo + "\"]}",
				order).andExpect(status().isOk());

		assertThat(download(lead, photo)).isEqualTo(200);
		assertThat(download(TestActors.role(Role.OPERATOR), photo)).as("a city-wide operator sees the order")
			.isEqualTo(200);
		assertThat(download(TestActors.admin(), photo)).isEqualTo(200);
		assertThat(download(otherUnit, photo)).as("a unit that cannot see the order").isEqualTo(404);
		assertThat(mvc.perform(get("/files/{id}", photo).with(otherUnit)).andReturn().getResponse().getStatus())
			.as("the pages' link").isEqualTo(404);
		assertThat(download(otherUnit, photo)).isEqualTo(download(otherUnit, java.util.UUID.randomUUID().toString()));
	}

	@Test
	void anotherUsersUploadCannotBeAttached() throws Exception {
		LinkageApi api = new LinkageApi(mvc);
		String order = api.dispatchedOrder(TestActors.role(Role.OPERATOR), TestActors.role(Role.DISPATCHER));
		String theirs = upload(otherUnit);
		api.post(lead, "/api/v1/work-orders/{id}/sign", "{}", order).andExpect(status().isOk());
		api.post(lead, "/api/v1/work-orders/{id}/reply", "{\"result\":\"已清理\",\"attachments\":[\"" + theirs + "\"]}",
				order)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("attachments[0]"));
		assertThat(download(lead, theirs)).as("still not readable through this order").isEqualTo(404);
	}

	@Test
	void aMergeCannotNameAMasterOutsideTheCallersScope() throws Exception {
		LinkageApi api = new LinkageApi(mvc);
		RequestPostProcessor wendeng = TestActors.as(new Actor("u-op-wd", "op-wd", "op-wd", Role.OPERATOR, null,
				"371003000000", Set.of()));
		var foreign = api.read(api.post(TestActors.role(Role.OPERATOR), "/api/v1/work-orders",
				"{\"channel\":\"HOTLINE\",\"content\":\"竹岛路灯不亮\",\"regionCode\":\"371002003000\"}")
			.andExpect(status().isCreated()));
		String own = api.read(api.post(wendeng, "/api/v1/work-orders",
				"{\"channel\":\"HOTLINE\",\"content\":\"龙山路路面破损\",\"regionCode\":\"371003001000\"}")
			.andExpect(status().isCreated())).get("id").asString();
		String ownMaster = api.read(api.post(wendeng, "/api/v1/work-orders",
				"{\"channel\":\"HOTLINE\",\"content\":\"龙山路路面破损严重\",\"regionCode\":\"371003001000\"}")
			.andExpect(status().isCreated())).get("id").asString();
		for (String name : new String[] { foreign.get("id").asString(), foreign.get("number").asString() }) {
			api.post(wendeng, "/api/v1/work-orders/{id}/merge", "{\"masterId\":\"" + name + "\"}", own)
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("masterId"))
				.andExpect(jsonPath("$.errors[0].message").value("Unknown master work order."));
		}
		api.post(wendeng, "/api/v1/work-orders/{id}/merge", "{\"masterId\":\"" + ownMaster + "\"}", own)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("MERGED"));
	}
}
