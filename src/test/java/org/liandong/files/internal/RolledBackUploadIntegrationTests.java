package org.liandong.files.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.liandong.support.IntegrationTest;
import org.liandong.support.TestActors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockPart;
import org.springframework.test.web.servlet.MockMvc;

/** An upload whose transaction rolls back leaves no file behind (nothing half-written). */
@IntegrationTest
class RolledBackUploadIntegrationTests {

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R' };

	@Autowired
	MockMvc mvc;

	@Autowired
	LocalFileStore store;

	@Test
	void aKeyReusedWithAnotherFileAnswers422AndLeavesNoFileBehind() throws Exception {
		String key = UUID.randomUUID().toString();
		byte[] second = Arrays.copyOf(PNG, PNG.length + 16);
		System.arraycopy(key.getBytes(StandardCharsets.US_ASCII), 0, second, PNG.length, 16);
		// parts, as a real container gives them (the key's body hash reads the request's parts)
		mvc.perform(multipart("/api/v1/files").part(png("a.png", PNG))
			.header("Idempotency-Key", key)
			.with(TestActors.handler("ST-371002003"))).andExpect(status().isCreated());
		// the second upload is tried in a transaction that is rolled back, then answered 422
		mvc.perform(multipart("/api/v1/files").part(png("b.png", second))
			.header("Idempotency-Key", key)
			.with(TestActors.handler("ST-371002003"))).andExpect(status().is(422));
		try (Stream<Path> files = Files.walk(store.root())) {
			assertThat(files.filter(Files::isRegularFile).filter(f -> sameBytes(f, second)))
				.as("the upload that was tried and rolled back is not kept").isEmpty();
		}
	}

	private static MockPart png(String name, byte[] bytes) {
		MockPart part = new MockPart("file", name, bytes);
		part.getHeaders().setContentType(MediaType.IMAGE_PNG);
		return part;
	}

	private static boolean sameBytes(Path file, byte[] bytes) {
		try {
			return Files.size(file) == bytes.length && Arrays.equals(Files.readAllBytes(file), bytes);
		}
		catch (IOException e) { // deleted while walking: not kept
			return false;
		}
	}
}
