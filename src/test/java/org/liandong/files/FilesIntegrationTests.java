package org.liandong.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.liandong.identity.Role;
import org.liandong.support.IntegrationTest;
import org.liandong.support.TestActors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Uploading evidence: type and size checked, the stored bytes served back. */
@IntegrationTest
class FilesIntegrationTests {

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R' };

	@Autowired
	MockMvc mvc;

	@Autowired
	FileStore store;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transaction;

	@Test
	void anImageIsStoredAndServedBack() throws Exception {
		var file = new MockMultipartFile("file", "../../现场照片.png", "image/png", PNG);
		String body = mvc.perform(multipart("/api/v1/files").file(file).with(TestActors.handler("ST-371002003")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.name").value("现场照片.png"))
			.andExpect(jsonPath("$.contentType").value("image/png"))
			.andExpect(jsonPath("$.size").value(PNG.length))
			.andReturn().getResponse().getContentAsString();
		String id = body.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
		byte[] served = mvc.perform(get("/api/v1/files/" + id).with(TestActors.handler("ST-371002003")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(served).isEqualTo(PNG);
		// not attached to anything yet: its uploader's (and an administrator's) only
		mvc.perform(get("/api/v1/files/" + id).with(TestActors.role(Role.OPERATOR))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/files/" + id).with(TestActors.admin())).andExpect(status().isOk());
	}

	@Test
	void onlyImagesAndPdfAreShownInlineOtherFilesAreDownloaded() throws Exception {
		String[][] files = { { "现场照片.png", "image/png", "inline" }, { "回复函.pdf", "application/pdf", "inline" },
				{ "说明.txt", "text/plain", "attachment" }, { "名单.csv", "text/csv", "attachment" },
				{ "录音.mp3", "audio/mpeg", "attachment" } };
		for (String[] f : files) {
			byte[] bytes = f[1].equals("image/png") ? PNG
					: f[1].equals("application/pdf") ? "%PDF-1.4\n".getBytes() : "<script>alert(1)</script>".getBytes();
			var upload = new MockMultipartFile("file", f[0], f[1], bytes);
			String id = mvc.perform(multipart("/api/v1/files").file(upload).with(TestActors.admin()))
				.andExpect(status().isCreated())
				.andReturn().getResponse().getContentAsString().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
			String encoded = java.net.URLEncoder.encode(f[0], java.nio.charset.StandardCharsets.UTF_8);
			for (String url : new String[] { "/api/v1/files/" + id, "/files/" + id }) {
				mvc.perform(get(url).with(TestActors.admin()))
					.andExpect(status().isOk())
					.andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith(f[1])))
					.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith(f[2] + ";")))
					.andExpect(header().string("Content-Disposition",
							org.hamcrest.Matchers.containsString("filename*=UTF-8''" + encoded)));
			}
		}
	}

	@Test
	void manyFilesAreFoundAtOnceByIdAndUnknownIdsAreLeftOut() {
		StoredFile one = transaction.execute(tx -> store.store("一.png", "image/png", new java.io.ByteArrayInputStream(PNG),
				"h-ST-371002003"));
		StoredFile two = transaction.execute(tx -> store.store("二.png", "image/png", new java.io.ByteArrayInputStream(PNG),
				"h-ST-371002003"));
		var found = store.findAll(java.util.List.of(one.id(), "no-such-file", two.id(), one.id()));
		assertThat(found).containsOnlyKeys(one.id(), two.id());
		assertThat(found.get(one.id())).isEqualTo(store.find(one.id()).orElseThrow());
		assertThat(found.get(two.id()).name()).isEqualTo("二.png");
		assertThat(store.findAll(java.util.List.of())).isEmpty();
	}

	@Test
	void aFileWhoseBytesDoNotMatchItsTypeIsRefused() throws Exception {
		var file = new MockMultipartFile("file", "photo.jpg", "image/jpeg", "not an image".getBytes());
		mvc.perform(multipart("/api/v1/files").file(file).with(TestActors.admin()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
	}

	@Test
	void aTypeThatIsNotAllowedIsRefused() throws Exception {
		var file = new MockMultipartFile("file", "run.sh", "application/x-sh", "#!/bin/sh".getBytes());
		mvc.perform(multipart("/api/v1/files").file(file).with(TestActors.admin()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("application/x-sh")));
	}

	@Test
	void aMissingFileAndAnUnknownIdAreClearErrors() throws Exception {
		mvc.perform(multipart("/api/v1/files").with(TestActors.admin())).andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/files/no-such-file").with(TestActors.admin())).andExpect(status().isNotFound());
	}

	@Test
	void uploadsNeedAuthentication() throws Exception {
		var file = new MockMultipartFile("file", "a.png", "image/png", PNG);
		mvc.perform(multipart("/api/v1/files").file(file)).andExpect(status().isUnauthorized());
	}
}
