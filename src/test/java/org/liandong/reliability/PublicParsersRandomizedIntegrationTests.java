package org.liandong.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liandong.support.IntegrationTest;
import org.liandong.support.Open311TestClients;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

/**
 * Seeded random mutations of valid Open311 form bodies and signed device events (a stand-in for coverage-guided
 * fuzzing until Jazzer is available offline): no answer is a 5xx, and an answer stores exactly what it claims — a
 * refused request stores no order and no event, an accepted one at most one order. The seed is printed on failure;
 * rerun one with {@code -Dliandong.fuzz.seed=<seed>}.
 */
@IntegrationTest
class PublicParsersRandomizedIntegrationTests {

	private static final int CASES = 120;
	private static final String[] ODD = { "", " ", "\u0000", "null", "[]", "{}", "-1", "1e309", "NaN", "999999999999",
			"37.5091", "-200", "<script>", "' OR 1=1 --", "%", "%zz", "&", "=", "attribute[", "]]", "\uD83D\uDE00",
			"井盖", "x".repeat(5000), "2026-13-45T99:99:99Z", "true" };

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private final JsonMapper json = JsonMapper.builder().build();
	private final long seed = Long.getLong("liandong.fuzz.seed", new Random().nextLong());
	private final Random random = new Random(seed);
	private String apiKey;

	@BeforeEach
	void client() throws Exception {
		apiKey = Open311TestClients.apiKey(mvc, "fuzz", 100000);
	}

	@Test
	void randomOpen311FormBodiesNeverAnswer5xxAndStoreExactlyWhatTheyAnswer() throws Exception {
		int[] accepted = new int[2];
		for (int i = 0; i < CASES; i++) {
			List<String[]> params = new ArrayList<>(List.of(new String[] { "api_key", apiKey },
					new String[] { "service_code", "CG-0101" }, new String[] { "lat", "37.5091" },
					new String[] { "long", "122.1203" }, new String[] { "attribute[DAMAGE]", "MISSING" },
					new String[] { "description", "井盖缺失 " + i }, new String[] { "phone", "13800000000" }));
			mutate(params);
			StringBuilder body = new StringBuilder();
			for (String[] p : params) {
				body.append(body.isEmpty() ? "" : "&").append(encodeMaybe(p[0])).append('=').append(encodeMaybe(p[1]));
			}
			long before = orders();
			MockHttpServletResponse r = mvc.perform(post("/open311/v2/requests.json")
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.content(body.toString())).andReturn().getResponse();
			String what = "seed " + seed + ", case " + i + ": " + abbreviate(body.toString()) + " -> " + r.getStatus()
					+ " " + abbreviate(r.getContentAsString());
			assertThat(r.getStatus()).as(what).isLessThan(500);
			assertThat(orders() - before).as(what).isEqualTo(r.getStatus() < 300 ? 1 : 0);
			accepted[r.getStatus() < 300 ? 1 : 0]++;
		}
		// both paths were exercised, or the mutations are too weak or too strong
		assertThat(accepted).as("refused, accepted; seed " + seed).doesNotContain(0);
	}

	@Test
	void randomSignedDeviceEventsNeverAnswer5xxAndStoreNothingWhenRefused() throws Exception {
		int[] accepted = new int[2];
		String[] keys = { "eventId", "deviceId", "type", "occurredAt", "lat", "lon", "address", "regionCode", "detail" };
		for (int i = 0; i < CASES; i++) {
			var node = json.createObjectNode();
			node.put("eventId", "fuzz-" + seed + "-" + i);
			node.put("deviceId", "dev-" + random.nextInt(5));
			node.put("type", random.nextBoolean() ? "WATER_LEAK" : "DOOR_OPEN");
			node.put("occurredAt", Instant.now().toString());
			node.put("lat", 37.5091);
			node.put("lon", 122.1203);
			node.put("detail", "漏水");
			int mutations = 1 + random.nextInt(3);
			for (int m = 0; m < mutations; m++) {
				String key = keys[random.nextInt(keys.length)];
				switch (random.nextInt(4)) {
					case 0 -> node.remove(key);
					case 1 -> node.put(key, ODD[random.nextInt(ODD.length)]);
					case 2 -> node.put(key, random.nextDouble() * 1e6 - 5e5);
					default -> node.putArray(key).add(ODD[random.nextInt(ODD.length)]);
				}
			}
			String body = random.nextInt(10) == 0 ? node.toString().substring(0, random.nextInt(node.toString().length()))
					: node.toString();
			String ts = String.valueOf(Instant.now().getEpochSecond());
			long orders = orders();
			long events = jdbc.sql("SELECT count(*) FROM in_device_event").query(Long.class).single();
			MockHttpServletResponse r = mvc.perform(post("/api/v1/device-events").header("X-Source", "demo-compound")
				.header("X-Timestamp", ts)
				.header("X-Signature", hmac("demo-device-secret", ts + "\n" + body))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body)).andReturn().getResponse();
			String what = "seed " + seed + ", case " + i + ": " + abbreviate(body) + " -> " + r.getStatus() + " "
					+ abbreviate(r.getContentAsString());
			assertThat(r.getStatus()).as(what).isLessThan(500);
			long newOrders = orders() - orders;
			long newEvents = jdbc.sql("SELECT count(*) FROM in_device_event").query(Long.class).single() - events;
			if (r.getStatus() >= 300) {
				assertThat(newOrders).as(what).isZero();
				assertThat(newEvents).as(what).isZero();
			}
			else {
				assertThat(newOrders).as(what).isBetween(0L, 1L);
				assertThat(newEvents).as(what).isBetween(0L, 1L);
			}
			accepted[r.getStatus() < 300 ? 1 : 0]++;
		}
		assertThat(accepted).as("refused, accepted; seed " + seed).doesNotContain(0);
	}

	private void mutate(List<String[]> params) {
		int mutations = 1 + random.nextInt(3);
		for (int m = 0; m < mutations && !params.isEmpty(); m++) {
			int at = random.nextInt(params.size());
			switch (random.nextInt(5)) {
				case 0 -> params.remove(at);
				case 1 -> params.get(at)[1] = ODD[random.nextInt(ODD.length)];
				case 2 -> params.add(new String[] { params.get(at)[0], ODD[random.nextInt(ODD.length)] });
				case 3 -> params.add(new String[] { ODD[random.nextInt(ODD.length)], ODD[random.nextInt(ODD.length)] });
				default -> params.add(new String[] { "attribute[" + ODD[random.nextInt(ODD.length)] + "]",
						ODD[random.nextInt(ODD.length)] });
			}
		}
	}

	private String encodeMaybe(String s) {
		// mostly proper encoding, sometimes raw text, to reach the decoder's error paths
		return random.nextInt(8) == 0 ? s : java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	private long orders() {
		return jdbc.sql("SELECT count(*) FROM wo_order").query(Long.class).single();
	}

	private static String abbreviate(String s) {
		return s.length() > 300 ? s.substring(0, 300) + "…" : s;
	}

	private static String hmac(String secret, String text) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
	}
}
