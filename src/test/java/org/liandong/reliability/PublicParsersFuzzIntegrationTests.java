package org.liandong.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import org.liandong.support.IntegrationTest;
import org.liandong.support.Open311TestClients;
import org.liandong.support.TestActors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.function.ThrowingFunction;

import com.code_intelligence.jazzer.junit.FuzzTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Jazzer fuzz tests of the public parsers, through the whole application (MockMvc, the database under test): the
 * Open311 form body, the body of a signed device event, and the responsibility-list import (CSV or .xlsx). Property:
 * no input is answered with a 5xx, and the database holds exactly what the answer says — a refused request stores
 * nothing, an accepted one its one order (and one Open311 record or device event; an Open311 post that repeats a
 * {@code client_request_id} its client sent before nothing, and the first post's number), an accepted import exactly
 * the items it reports as created and updated.
 * <p>
 * In every build (regression mode) each method runs the empty input and the committed seeds under
 * {@code src/test/resources/org/liandong/reliability/PublicParsersFuzzIntegrationTestsInputs/<method>/}. To fuzz for
 * real, one method at a time: {@code JAZZER_FUZZ=1 ./mvnw -o test -Dtest='PublicParsersFuzzIntegrationTests#deviceEvent'}
 * (docs/security.md). Placeholders in the seeds are replaced before sending, so that a seed stays valid: {@code
 * {api_key}} (an Open311 client made for these tests), {@code {unique}} (a fresh UUID, so that an event id is new)
 * and {@code {now}} (the current instant).
 */
@IntegrationTest
class PublicParsersFuzzIntegrationTests {

	private static final String DEVICE_SOURCE = "demo-compound";
	private static final String DEVICE_SECRET = "demo-device-secret";
	/** Made once per application context (fuzzing runs thousands of inputs against one context). */
	private static String apiKey;
	private static JdbcClient apiKeyOf;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	@FuzzTest(maxDuration = "5m")
	void open311FormBody(byte[] input) throws Exception {
		open311(input);
	}

	@FuzzTest(maxDuration = "5m")
	void deviceEvent(byte[] input) throws Exception {
		device(input);
	}

	@FuzzTest(maxDuration = "5m")
	void itemImport(byte[] input) throws Exception {
		importItems(input);
	}

	@FuzzTest(maxDuration = "5m")
	void trainingDataImport(byte[] input) throws Exception {
		importTrainingData(input);
	}

	/** Keeps the corpus meaningful: the seeds named {@code accepted-*} must pass every check, not only not crash. */
	@Test
	void committedSeedsNamedAcceptedAreAccepted() throws Exception {
		Map<String, ThrowingFunction<byte[], Integer>> targets = Map.of("open311FormBody", this::open311,
				"deviceEvent", this::device, "itemImport", this::importItems, "trainingDataImport",
				this::importTrainingData);
		int seeds = 0;
		for (var target : targets.entrySet()) {
			Path dir = Path.of(getClass().getResource(getClass().getSimpleName() + "Inputs/" + target.getKey()).toURI());
			try (Stream<Path> files = Files.list(dir)) {
				for (Path seed : files.filter(f -> f.getFileName().toString().startsWith("accepted-")).toList()) {
					assertThat(target.getValue().apply(Files.readAllBytes(seed))).as(seed.toString()).isBetween(200, 299);
					seeds++;
				}
			}
		}
		assertThat(seeds).isEqualTo(10);
	}

	private int open311(byte[] input) throws Exception {
		byte[] body = placeholders(input);
		long orders = count("SELECT count(*) FROM wo_order");
		long requests = count("SELECT count(*) FROM in_open311_request");
		long claims = count("SELECT count(*) FROM in_open311_client_request");
		MockHttpServletResponse r = mvc.perform(post("/open311/v2/requests.json")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content(body)).andReturn().getResponse();
		String what = describe(body, r);
		assertThat(r.getStatus()).as(what).isLessThan(500);
		long newOrders = count("SELECT count(*) FROM wo_order") - orders;
		long newRequests = count("SELECT count(*) FROM in_open311_request") - requests;
		if (r.getStatus() >= 300) {
			assertThat(newOrders).as(what).isZero();
			assertThat(newRequests).as(what).isZero();
			return r.getStatus();
		}
		String number = json.readTree(r.getContentAsString()).get(0).get("service_request_id").asString();
		if (newOrders == 0 && newRequests == 0) {
			// a client_request_id this client sent before: the first post's answer again, nothing stored
			assertThat(count("SELECT count(*) FROM in_open311_client_request")).as(what).isEqualTo(claims);
			assertThat(jdbc.sql("SELECT count(*) FROM in_open311_client_request c JOIN in_open311_request r "
					+ "ON r.token = c.token WHERE r.order_number = :number").param("number", number)
				.query(Long.class).single()).as(what).isOne();
			return r.getStatus();
		}
		assertThat(newOrders).as(what).isOne();
		assertThat(newRequests).as(what).isOne();
		assertThat(jdbc.sql("SELECT count(*) FROM in_open311_request r JOIN wo_order o ON o.id = r.order_id "
				+ "WHERE r.order_number = :number AND o.number = r.order_number").param("number", number)
			.query(Long.class).single()).as(what).isOne();
		return r.getStatus();
	}

	private int device(byte[] input) throws Exception {
		byte[] body = placeholders(input);
		String ts = String.valueOf(Instant.now().getEpochSecond());
		long orders = count("SELECT count(*) FROM wo_order");
		long events = count("SELECT count(*) FROM in_device_event");
		MockHttpServletResponse r = mvc.perform(post("/api/v1/device-events").header("X-Source", DEVICE_SOURCE)
			.header("X-Timestamp", ts)
			.header("X-Signature", hmac(ts, body))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andReturn().getResponse();
		String what = describe(body, r);
		assertThat(r.getStatus()).as(what).isLessThan(500);
		long newOrders = count("SELECT count(*) FROM wo_order") - orders;
		long newEvents = count("SELECT count(*) FROM in_device_event") - events;
		if (r.getStatus() != 201) {
			// refused, or a replay of an event already received: nothing new
			assertThat(newOrders).as(what).isZero();
			assertThat(newEvents).as(what).isZero();
			return r.getStatus();
		}
		JsonNode outcome = json.readTree(r.getContentAsString());
		assertThat(newEvents).as(what).isOne();
		assertThat(newOrders).as(what).isEqualTo("ORDER_CREATED".equals(outcome.get("outcome").asString()) ? 1 : 0);
		return r.getStatus();
	}

	private int importItems(byte[] input) throws Exception {
		byte[] file = input.length > 1 && input[0] == 'P' && input[1] == 'K' ? input : placeholders(input);
		long[] before = itemState();
		MockHttpServletResponse r = mvc.perform(multipart("/api/v1/items/import")
			.file(new MockMultipartFile("file", "fuzz.csv", "application/octet-stream", file))
			.with(TestActors.admin())).andReturn().getResponse();
		String what = describe(file, r);
		assertThat(r.getStatus()).as(what).isLessThan(500);
		long[] after = itemState();
		if (r.getStatus() >= 300) {
			assertThat(after).as("items (count, sum of versions) after a refused import; " + what).isEqualTo(before);
			return r.getStatus();
		}
		JsonNode report = json.readTree(r.getContentAsString());
		assertThat(report.get("errors").size()).as(what).isZero();
		long created = report.get("created").asLong();
		long updated = report.get("updated").asLong();
		assertThat(created + updated).as(what).isLessThanOrEqualTo(report.get("imported").asLong());
		assertThat(after[0] - before[0]).as("items created; " + what).isEqualTo(created);
		// an update raises the item's version by one
		assertThat(after[1] - before[1]).as("versions raised; " + what).isEqualTo(updated);
		return r.getStatus();
	}

	/**
	 * The triage model's training data (CSV): refused, the model in use and the stored models are as before;
	 * accepted, a new model is in use, trained on the examples the answer reports, and its figures and domains read
	 * back through the API and the triage page (labels are the file's own text).
	 */
	private int importTrainingData(byte[] input) throws Exception {
		long models = count("SELECT count(*) FROM tr_model");
		long version = modelVersion();
		MockHttpServletResponse r = mvc.perform(multipart("/api/v1/triage/training-data")
			.file(new MockMultipartFile("file", "fuzz.csv", "text/csv", input))
			.with(TestActors.admin())).andReturn().getResponse();
		String what = describe(input, r);
		assertThat(r.getStatus()).as(what).isLessThan(500);
		if (r.getStatus() >= 300) {
			assertThat(count("SELECT count(*) FROM tr_model")).as("models stored after a refusal; " + what)
				.isEqualTo(models);
			assertThat(modelVersion()).as("the model in use after a refusal; " + what).isEqualTo(version);
			return r.getStatus();
		}
		JsonNode answer = json.readTree(r.getContentAsString());
		long trained = answer.get("version").asLong();
		assertThat(trained).as(what).isGreaterThan(version);
		assertThat(answer.get("examples").asLong()).as(what).isPositive();
		assertThat(count("SELECT count(*) FROM tr_model")).as(what).isEqualTo(models + 1);
		JsonNode model = json.readTree(mvc.perform(get("/api/v1/triage/model").with(TestActors.admin()))
			.andReturn().getResponse().getContentAsString());
		assertThat(model.get("version").asLong()).as(what).isEqualTo(trained);
		JsonNode figures = json.readTree(model.get("metrics").asString());
		assertThat(figures.get("corpusExamples").asLong()).as(what).isEqualTo(answer.get("examples").asLong());
		long perDomain = 0;
		for (var domain : figures.get("domains").properties()) {
			perDomain += domain.getValue().asLong();
		}
		assertThat(perDomain).as("examples counted by domain; " + what).isEqualTo(figures.get("examples").asLong());
		java.util.Set<String> labels = new java.util.HashSet<>();
		model.get("domains").forEach(d -> labels.add(d.asString()));
		assertThat(labels).as("the model's domains are the figures' domains; " + what)
			.isEqualTo(new java.util.HashSet<>(figures.get("domains").propertyNames()));
		return r.getStatus();
	}

	private long modelVersion() throws Exception {
		return json.readTree(mvc.perform(get("/api/v1/triage/model").with(TestActors.admin())).andReturn()
			.getResponse()
			.getContentAsString()).get("version").asLong();
	}

	private byte[] placeholders(byte[] input) throws Exception {
		// ISO-8859-1 maps every byte to one char and back, so bytes that are not UTF-8 survive the replacement
		String text = new String(input, StandardCharsets.ISO_8859_1);
		if (text.contains("{api_key}")) {
			text = text.replace("{api_key}", apiKey());
		}
		text = text.replace("{unique}", UUID.randomUUID().toString()).replace("{now}", Instant.now().toString());
		return text.getBytes(StandardCharsets.ISO_8859_1);
	}

	private String apiKey() throws Exception {
		if (apiKey == null || apiKeyOf != jdbc) {
			apiKey = Open311TestClients.apiKey(mvc, "jazzer", 100000);
			apiKeyOf = jdbc;
		}
		return apiKey;
	}

	private long[] itemState() {
		return jdbc.sql("SELECT count(*), coalesce(sum(version), 0) FROM dir_item")
			.query((rs, i) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.single();
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	private static String describe(byte[] input, MockHttpServletResponse r) throws Exception {
		String text = new String(input, StandardCharsets.UTF_8);
		String answer = r.getContentAsString();
		return "input " + abbreviate(text) + " -> " + r.getStatus() + " " + abbreviate(answer);
	}

	private static String abbreviate(String s) {
		return s.length() > 400 ? s.substring(0, 400) + "…" : s;
	}

	private static String hmac(String timestamp, byte[] body) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(DEVICE_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		mac.update((timestamp + "\n").getBytes(StandardCharsets.UTF_8));
		return HexFormat.of().formatHex(mac.doFinal(body));
	}
}
