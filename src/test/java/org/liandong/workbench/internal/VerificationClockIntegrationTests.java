package org.liandong.workbench.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liandong.identity.Role;
import org.liandong.linkage.LinkageApi;
import org.liandong.support.IntegrationTest;
import org.liandong.support.Outbox;
import org.liandong.support.TestActors;
import org.liandong.support.TwoAtOnce;
import org.liandong.workorder.WorkOrderEvent;
import org.liandong.workorder.TestItems;
import org.liandong.workorder.WorkOrderStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The on-site verification clock against events delivered again later (at a restart, or retried after a failure):
 * a reply whose verdict was given starts no clock, and a verdict stops no clock of the next round; and against the
 * same reply delivered twice at once, which starts one clock.
 */
@IntegrationTest
class VerificationClockIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	VerificationClock clock;

	LinkageApi api;

	final RequestPostProcessor operator = TestActors.role(Role.OPERATOR);
	final RequestPostProcessor dispatcher = TestActors.role(Role.DISPATCHER);
	final RequestPostProcessor handler = TestActors.handler(LinkageApi.STREET);

	@BeforeEach
	void setUp() throws Exception {
		api = new LinkageApi(mvc);
		TestItems.create(mvc, "VC-VERIFY", true, "P5D", "NATURAL");
	}

	@Test
	void aReplyDeliveredAgainAfterItsVerdictStartsNoClock() throws Exception {
		String id = verifyingOrder();
		Instant replied = awaitClock(id).get(0);
		verify(id, true);
		Outbox.awaitDelivered(jdbc, id);
		assertThat(activeClocks(id)).isEmpty();

		publish(new WorkOrderEvent.Replied(id, LinkageApi.STREET, true, WorkOrderStatus.VERIFYING, replied));
		Outbox.awaitDelivered(jdbc, id);
		assertThat(activeClocks(id)).as("no clock for a verification already done").isEmpty();
	}

	@Test
	void aVerdictDeliveredAgainStopsNoClockOfTheNextRoundAndAnEarlierReplyStartsNone() throws Exception {
		String id = verifyingOrder();
		Instant firstReply = awaitClock(id).get(0);
		Instant firstVerdict = Instant.now();
		verify(id, false); // back to the handler
		Outbox.awaitDelivered(jdbc, id);
		Thread.sleep(5); // the second round's reply strictly after the first verdict
		api.post(handler, "/api/v1/work-orders/{id}/reply", "{\"result\":\"已重新清理\"}", id).andExpect(status().isOk());
		Instant secondReply = awaitClock(id).get(0);
		assertThat(secondReply).isAfter(firstVerdict);

		publish(new WorkOrderEvent.Verified(id, LinkageApi.STREET, false, null, firstVerdict));
		publish(new WorkOrderEvent.Replied(id, LinkageApi.STREET, true, WorkOrderStatus.VERIFYING, firstReply));
		Outbox.awaitDelivered(jdbc, id);
		assertThat(activeClocks(id)).as("the second round's clock, alone and unchanged").containsExactly(secondReply);
	}

	@Test
	void theSameReplyDeliveredTwiceAtOnceStartsOneClock() throws Exception {
		String id = verifyingOrder();
		Instant replied = awaitClock(id).get(0);
		// as though the reply's first delivery had not taken effect: no clock runs, the order is VERIFYING
		jdbc.sql("DELETE FROM dl_deadline WHERE owner_type = 'VERIFICATION' AND owner_id = :id").param("id", id)
			.update();
		var reply = new WorkOrderEvent.Replied(id, LinkageApi.STREET, true, WorkOrderStatus.VERIFYING, replied);
		VerificationClock listener = AopTestUtils.getTargetObject(clock); // in the transactions TwoAtOnce begins
		TwoAtOnce.run(transactions, () -> listener.on(reply));
		assertThat(activeClocks(id)).as("one clock for one reply").containsExactly(replied);
	}

	String verifyingOrder() throws Exception {
		String id = api.read(api.post(operator, "/api/v1/work-orders",
				LinkageApi.ORDER.replace("\"regionCode\"", "\"itemCode\":\"VC-VERIFY\",\"regionCode\"")))
			.get("id").asString();
		api.post(dispatcher, "/api/v1/work-orders/{id}/dispatch", "{\"leadUnitCode\":\"" + LinkageApi.STREET + "\"}",
				id).andExpect(status().isOk());
		api.post(handler, "/api/v1/work-orders/{id}/sign", "{}", id).andExpect(status().isOk());
		api.post(handler, "/api/v1/work-orders/{id}/reply", "{\"result\":\"已清理\"}", id).andExpect(status().isOk());
		assertThat(api.read(api.get(operator, "/api/v1/work-orders/{id}", id)).get("status").asString())
			.isEqualTo("VERIFYING");
		return id;
	}

	void verify(String id, boolean passed) throws Exception {
		api.post(dispatcher, "/api/v1/work-orders/{id}/verify", "{\"passed\":" + passed + "}", id)
			.andExpect(status().isOk());
	}

	void publish(Object event) {
		transactions.executeWithoutResult(tx -> events.publishEvent(event));
	}

	/** The start of the order's one running verification clock, once it runs. */
	List<Instant> awaitClock(String id) {
		Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(activeClocks(id)).hasSize(1));
		return activeClocks(id);
	}

	List<Instant> activeClocks(String id) {
		return jdbc.sql("SELECT started_at FROM dl_deadline WHERE owner_type = 'VERIFICATION' AND owner_id = :id "
				+ "AND status IN ('PENDING', 'WARNED', 'SUSPENDED') ORDER BY started_at")
			.param("id", id)
			.query((rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant())
			.list();
	}
}
