package org.liandong.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.liandong.identity.Role;
import org.liandong.shared.Zones;
import org.liandong.support.IntegrationTest;
import org.liandong.support.TestActors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;

/**
 * Generated orders through the real API, on units no other test uses: every path that matters to the rates
 * (happy, basically satisfied, closed dissatisfied, reopened, unreachable, returned, merged, cancelled, shelved,
 * never signed, closed without an answer, closed after a failed attempt, closed after a reopen without a new answer).
 * The expected counters are recomputed from the scripts that drove the orders and compared with what the read model
 * answers.
 */
@IntegrationTest
class RateReadModelIntegrationTests {

	static final List<String> UNITS = List.of("GXS", "KJJ");
	static final String RETURN_TO = "QXJ";
	static final String PLACE = "371002003006";

	@Autowired
	MockMvc mvc;

	RequestPostProcessor operator = TestActors.role(Role.OPERATOR);
	RequestPostProcessor dispatcher = TestActors.role(Role.DISPATCHER);
	RequestPostProcessor supervisor = TestActors.role(Role.SUPERVISOR);

	/** Expected counters of one unit. */
	static final class Expected {
		long dispatched, signedOnTime, responded, replied, repliedOnTime, revisits, resolved, returns, reopens;
		double satisfaction;
	}

	/** What one order's script did that the revisit counters read. */
	static final class Script {
		/** The citizen's latest answer (a later one replaces the earlier), null before any. */
		Boolean resolved;
		String satisfaction;
		boolean closedWithReason;
	}

	static final int PATHS = 13;

	final Map<String, Expected> expected = new HashMap<>();

	Expected of(String unit) {
		return expected.computeIfAbsent(unit, u -> new Expected());
	}

	@Test
	void theReadModelAgreesWithRatesRecomputedFromTheGeneratedOrders() throws Exception {
		Api api = new Api(mvc);
		Random random = new Random(2026);
		String master = api.create(operator, PLACE);
		for (String unit : UNITS) {
			List<Integer> paths = new java.util.ArrayList<>(java.util.stream.IntStream.range(0, PATHS).boxed().toList());
			paths.add(random.nextInt(PATHS));
			java.util.Collections.shuffle(paths, random);
			for (int path : paths) {
				run(api, unit, path, master);
			}
		}
		LocalDate today = Zones.cityDate(java.time.Instant.now());
		String range = "from=" + today.minusDays(1) + "&to=" + today.plusDays(2);
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
			for (String unit : expected.keySet()) {
				JsonNode page = api.get(TestActors.role(Role.LEADER), "/api/v1/evaluation/units?" + range + "&unit="
						+ unit);
				assertThat(page.get("totalElements").asLong()).isEqualTo(1);
				assertMatches(page.get("content").get(0), unit);
			}
		});
		JsonNode all = api.get(TestActors.role(Role.LEADER), "/api/v1/evaluation/units?" + range + "&size=1000");
		Double previous = null;
		int found = 0;
		for (JsonNode row : all.get("content")) {
			if (expected.containsKey(row.get("unitCode").asString())) {
				assertMatches(row, row.get("unitCode").asString());
				found++;
			}
			Double score = row.get("score").isNull() ? null : row.get("score").asDouble();
			if (previous != null && score != null) {
				assertThat(score).as("by score descending").isLessThanOrEqualTo(previous);
			}
			previous = score == null ? previous : score;
		}
		assertThat(found).isEqualTo(expected.size());
	}

	void assertMatches(JsonNode row, String unit) {
		Expected e = of(unit);
		assertThat(row.get("unitCode").asString()).isEqualTo(unit);
		assertThat(row.get("dispatched").asLong()).as(unit + " dispatched").isEqualTo(e.dispatched);
		assertThat(row.get("signedOnTime").asLong()).as(unit + " signedOnTime").isEqualTo(e.signedOnTime);
		assertThat(row.get("responded").asLong()).as(unit + " responded").isEqualTo(e.responded);
		assertThat(row.get("replied").asLong()).as(unit + " replied").isEqualTo(e.replied);
		assertThat(row.get("repliedOnTime").asLong()).as(unit + " repliedOnTime").isEqualTo(e.repliedOnTime);
		assertThat(row.get("revisits").asLong()).as(unit + " revisits").isEqualTo(e.revisits);
		assertThat(row.get("resolved").asLong()).as(unit + " resolved").isEqualTo(e.resolved);
		assertThat(row.get("satisfactionWeighted").asDouble()).as(unit + " satisfaction")
			.isCloseTo(e.satisfaction, org.assertj.core.data.Offset.offset(1e-6));
		assertThat(row.get("returns").asLong()).as(unit + " returns").isEqualTo(e.returns);
		assertThat(row.get("reopens").asLong()).as(unit + " reopens").isEqualTo(e.reopens);
		if (e.dispatched > 0) {
			assertThat(row.get("rates").get("sign").asDouble())
				.isCloseTo((double) e.signedOnTime / e.dispatched, org.assertj.core.data.Offset.offset(1e-4));
		}
		if (e.revisits > 0) {
			assertThat(row.get("rates").get("satisfaction").asDouble())
				.isCloseTo(e.satisfaction / e.revisits, org.assertj.core.data.Offset.offset(1e-4));
		}
	}

	void run(Api api, String unit, int path, String master) throws Exception {
		RequestPostProcessor handler = TestActors.handler(unit);
		String id = api.create(operator, PLACE);
		api.act(dispatcher, id, "dispatch", "{\"leadUnitCode\":\"" + unit + "\"}");
		Expected e = of(unit);
		Script o = new Script();
		switch (path) {
			case 7 -> { // merged into another order: counts nowhere
				api.act(operator, id, "merge", "{\"masterId\":\"" + master + "\"}");
				return;
			}
			case 8 -> { // cancelled by a supervisor after dispatch: counts nowhere
				api.act(supervisor, id, "cancel", "{\"reason\":\"测试工单\"}");
				return;
			}
			case 6 -> { // returned, then dispatched to another unit that never signs
				api.act(handler, id, "request-return", "{\"reason\":\"非本单位职责\"}");
				api.act(dispatcher, id, "approve-return", "{}");
				api.act(dispatcher, id, "dispatch", "{\"leadUnitCode\":\"" + RETURN_TO + "\"}");
				e.dispatched++;
				e.returns++;
				of(RETURN_TO).dispatched++;
				return;
			}
			case 9 -> { // never signed
				e.dispatched++;
				return;
			}
			default -> {
			}
		}
		e.dispatched++;
		api.act(handler, id, "sign", "{}");
		e.signedOnTime++;
		if (path != 5) {
			api.act(handler, id, "contact", "{\"way\":\"PHONE\",\"outcome\":\"已联系\"}");
			e.responded++;
		}
		if (path == 5) { // shelved and taken off the ledger again
			api.act(supervisor, id, "shelve", "{\"reason\":\"资金未到位\",\"plan\":\"下月处理\"}");
			api.act(supervisor, id, "unshelve", "{\"reason\":\"资金到位\",\"plan\":\"本周处理\"}");
		}
		reply(api, handler, id, e);
		switch (path) {
			case 0, 5 -> answer(api, id, o, true, "SATISFIED");
			case 1 -> answer(api, id, o, true, "BASICALLY_SATISFIED");
			case 2 -> { // dissatisfied and closed: keeps the answer
				answer(api, id, o, false, "DISSATISFIED");
				close(api, operator, id, o);
			}
			case 3 -> { // reopened: the later answer replaces the earlier
				answer(api, id, o, false, "DISSATISFIED");
				reopen(api, handler, id, e);
				answer(api, id, o, true, "SATISFIED");
			}
			case 4 -> { // unreachable three times: closed, left out of resolution and satisfaction
				for (int i = 0; i < 3; i++) {
					api.act(operator, id, "revisit", "{\"reached\":false}");
				}
			}
			case 10 -> close(api, supervisor, id, o); // closed with a reason, never asked
			case 11 -> { // one failed attempt, then closed with a reason: no answer either
				api.act(operator, id, "revisit", "{\"reached\":false}");
				close(api, operator, id, o);
			}
			case 12 -> { // answered, reopened, replied again, closed without a new answer: the first answer stays
				answer(api, id, o, false, "BASICALLY_SATISFIED");
				reopen(api, handler, id, e);
				api.act(operator, id, "revisit", "{\"reached\":false}");
				close(api, supervisor, id, o);
			}
			default -> throw new IllegalStateException();
		}
		settle(e, o);
	}

	/**
	 * The revisit counters of a finished script, by the rule of docs/evaluation.md: the latest answer; with none, a
	 * close with a reason counts as not resolved and dissatisfied; an unreachable close counts no revisit.
	 */
	static void settle(Expected e, Script o) {
		if (o.resolved == null && o.closedWithReason) {
			o.resolved = false;
			o.satisfaction = "DISSATISFIED";
		}
		if (o.resolved == null) {
			return;
		}
		e.revisits++;
		e.resolved += o.resolved ? 1 : 0;
		e.satisfaction += switch (o.satisfaction) {
			case "SATISFIED" -> 1.0;
			case "BASICALLY_SATISFIED" -> 0.8;
			default -> 0.0;
		};
	}

	void reply(Api api, RequestPostProcessor handler, String id, Expected e) throws Exception {
		api.act(handler, id, "reply", "{\"result\":\"已派人维修，路灯恢复照明。\"}");
		e.replied++;
		e.repliedOnTime++;
	}

	void reopen(Api api, RequestPostProcessor handler, String id, Expected e) throws Exception {
		api.act(operator, id, "reopen", "{\"reason\":\"未解决\"}");
		e.reopens++;
		api.act(handler, id, "sign", "{}");
		reply(api, handler, id, e);
	}

	void close(Api api, RequestPostProcessor who, String id, Script o) throws Exception {
		api.act(who, id, "close", "{\"reason\":\"诉求不合理\"}");
		o.closedWithReason = true;
	}

	void answer(Api api, String id, Script o, boolean resolved, String satisfaction) throws Exception {
		api.act(operator, id, "revisit", "{\"resolved\":" + resolved + ",\"satisfaction\":\"" + satisfaction + "\"}");
		o.resolved = resolved;
		o.satisfaction = satisfaction;
	}
}
