package org.liandong.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Plain HTTP against a platform process, as the demo users (password demo123). */
final class Http {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	record Answer(int status, String body, HttpResponse<String> response) {

		JsonNode json() {
			return JSON.readTree(body);
		}
	}

	/** POSTs JSON; an {@code IOException} means the answer was lost (connection refused, reset, timeout). */
	Answer post(String base, String user, String path, String body, String idempotencyKey) throws IOException,
			InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", basic(user))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		if (idempotencyKey != null) {
			request.header("Idempotency-Key", idempotencyKey);
		}
		HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		return new Answer(response.statusCode(), response.body(), response);
	}

	Answer get(String base, String user, String path) throws IOException, InterruptedException {
		HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + path))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", basic(user))
			.build(), HttpResponse.BodyHandlers.ofString());
		return new Answer(response.statusCode(), response.body(), response);
	}

	static String basic(String user) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":demo123").getBytes(StandardCharsets.UTF_8));
	}

	/** A responsibility item whose every limit is {@code limit} natural time, for deadlines that fire soon. */
	static String shortItem(String code, String limit) {
		String l = "{\"duration\":\"" + limit + "\",\"mode\":\"NATURAL\"}";
		return """
				{"code":"%s","name":"可靠性测试事项 %s","path":["城乡建设","市政设施","路灯"],"nature":"COMPLAINT",
				 "urgency":"NORMAL","description":"reliability test","keywords":[],"publicService":false,
				 "unitRule":{"type":"LOCAL_STREET","coUnitCodes":[]},
				 "limits":{"sign":%s,"response":%s,"handle":{"NORMAL":%s}},
				 "verificationRequired":false,"closingCriteria":"c"}""".formatted(code, code, l, l, l);
	}
}
