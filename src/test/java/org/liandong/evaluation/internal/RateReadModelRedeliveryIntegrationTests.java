package org.liandong.evaluation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.liandong.support.IntegrationTest;
import org.liandong.workorder.Channel;
import org.liandong.workorder.Nature;
import org.liandong.workorder.Satisfaction;
import org.liandong.workorder.WorkOrderEvent;
import org.liandong.workorder.WorkOrderEvent.*;
import org.liandong.workorder.WorkOrderStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The cheaper upkeep path (no write when no counter changes, no delete for an order's first facts) gives the same
 * facts whatever the delivery order and however often an event is delivered.
 */
@IntegrationTest
class RateReadModelRedeliveryIntegrationTests {

	@Autowired
	RateReadModel model;

	@Autowired
	JdbcClient jdbc;

	static List<WorkOrderEvent> lifecycle(String id) {
		Instant t = Instant.parse("2026-03-02T01:00:00Z");
		return List.of(new Received(id, "WH-T", Channel.HOTLINE, Nature.HELP, "CG-0101", "371002003006", t),
				new Dispatched(id, "JRJ", List.of(), "CG-0101", "371002003006", false, t.plusSeconds(3600),
						t.plusSeconds(7200), t.plus(Duration.ofDays(3)), t.plusSeconds(60)),
				new Signed(id, "JRJ", true, t.plusSeconds(600)),
				new Signed(id, "JRJ", false, t.plusSeconds(900)),
				new DeadlineFlagged(id, "JRJ", "HANDLE", false, t.plus(Duration.ofDays(3)), t.plus(Duration.ofDays(2))),
				new Replied(id, "JRJ", true, WorkOrderStatus.REVISITING, t.plus(Duration.ofDays(1))),
				new Revisited(id, "JRJ", false, null, null, 1, t.plus(Duration.ofDays(1)).plusSeconds(60)),
				new Revisited(id, "JRJ", true, true, Satisfaction.BASICALLY_SATISFIED, 2,
						t.plus(Duration.ofDays(2)).plusSeconds(60)),
				new Closed(id, "JRJ", "done", false, t.plus(Duration.ofDays(2)).plusSeconds(120)));
	}

	List<Map<String, Object>> facts(String id) {
		return jdbc.sql("SELECT unit_code, fact_day, dispatched, signed_on_time, replied, replied_on_time, revisits, "
				+ "resolved, basically_satisfied, overdue FROM ev_fact WHERE order_id = :id ORDER BY unit_code, fact_day")
			.param("id", id)
			.query()
			.listOfRows();
	}

	@Test
	void shuffledAndRedeliveredEventsGiveTheSameFactsAsDeliveryInOrder() {
		String inOrder = UUID.randomUUID().toString();
		lifecycle(inOrder).forEach(model::record);
		var expected = facts(inOrder);
		assertThat(expected).hasSize(3);
		assertThat(expected.get(0)).containsEntry("dispatched", 1).containsEntry("signed_on_time", 1);
		assertThat(expected.stream().mapToInt(r -> (Integer) r.get("revisits")).sum()).isEqualTo(1);
		assertThat(expected.stream().mapToInt(r -> (Integer) r.get("basically_satisfied")).sum()).isEqualTo(1);
		Random random = new Random(11);
		for (int round = 0; round < 5; round++) {
			String id = UUID.randomUUID().toString();
			List<WorkOrderEvent> events = new ArrayList<>(lifecycle(id));
			events.addAll(lifecycle(id).subList(0, 1 + random.nextInt(8)));
			Collections.shuffle(events, random);
			events.forEach(model::record);
			assertThat(facts(id)).as("round %d", round).isEqualTo(expected);
		}
	}

	/** Replied, one failed attempt, closed with a reason: no answer of the citizen on record. */
	static List<WorkOrderEvent> closedWithoutAnswer(String id) {
		Instant t = Instant.parse("2026-03-02T01:00:00Z");
		return List.of(new Dispatched(id, "JRJ", List.of(), "CG-0101", "371002003006", false, t.plusSeconds(3600),
				t.plusSeconds(7200), t.plus(Duration.ofDays(3)), t.plusSeconds(60)),
				new Signed(id, "JRJ", true, t.plusSeconds(600)),
				new Replied(id, "JRJ", true, WorkOrderStatus.REVISITING, t.plus(Duration.ofDays(1))),
				new Revisited(id, "JRJ", false, null, null, 1, t.plus(Duration.ofDays(1)).plusSeconds(60)),
				new Closed(id, "JRJ", "诉求不合理", false, t.plus(Duration.ofDays(2))));
	}

	@Test
	void aCloseWithoutAnAnswerCountsOneDissatisfiedRevisitHoweverOftenAndInWhateverOrderItArrives() {
		String inOrder = UUID.randomUUID().toString();
		closedWithoutAnswer(inOrder).forEach(model::record);
		var expected = facts(inOrder);
		assertThat(expected.stream().mapToInt(r -> (Integer) r.get("revisits")).sum()).isEqualTo(1);
		assertThat(expected.stream().mapToInt(r -> (Integer) r.get("resolved")).sum()).isZero();
		assertThat(jdbc.sql("SELECT SUM(dissatisfied) FROM ev_fact WHERE order_id = :id").param("id", inOrder)
			.query(Integer.class).single()).isEqualTo(1);
		Random random = new Random(5);
		for (int round = 0; round < 5; round++) {
			String id = UUID.randomUUID().toString();
			List<WorkOrderEvent> events = new ArrayList<>(closedWithoutAnswer(id));
			events.addAll(closedWithoutAnswer(id));
			Collections.shuffle(events, random);
			events.forEach(model::record);
			assertThat(facts(id)).as("round %d", round).isEqualTo(expected);
		}
	}

	@Test
	void aCloseLoggedByAnEarlierVersionIsReadLikeOneLoggedNow() {
		String id = UUID.randomUUID().toString();
		List<WorkOrderEvent> events = lifecycle(id);
		events.subList(0, events.size() - 2).forEach(model::record);
		// a close logged by an earlier version (whose payload may differ in form, not in content)
		jdbc.sql("INSERT INTO ev_event (order_id, digest, kind, occurred_at, payload) VALUES (:id, :d, 'Closed', :at, "
				+ ":p)")
			.param("id", id)
			.param("d", "old-close-" + id)
			.param("at", java.sql.Timestamp.from(events.get(events.size() - 1).at()))
			.param("p", "{\"orderId\":\"" + id + "\",\"leadUnitCode\":\"JRJ\",\"reason\":\"done\",\"unreachable\":false,"
					+ "\"at\":\"" + events.get(events.size() - 1).at() + "\"}")
			.update();
		events.subList(events.size() - 2, events.size()).forEach(model::record);
		String reference = UUID.randomUUID().toString();
		lifecycle(reference).forEach(model::record);
		assertThat(facts(id)).isEqualTo(facts(reference));
	}
}
