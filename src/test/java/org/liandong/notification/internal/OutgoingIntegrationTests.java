package org.liandong.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.liandong.notification.EmailSender;
import org.liandong.notification.SmsSender;
import org.liandong.support.IntegrationTest;
import org.liandong.support.RecordingSmsSender;
import org.liandong.workorder.WorkOrders;
import org.liandong.identity.Role;
import org.liandong.linkage.LinkageApi;
import org.liandong.support.TestActors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The queue of outgoing messages (docs/adr/0007): recorded with the transaction that decides them, sent once it
 * commits and marked sent, never for a rolled-back one, once per event and address also when deliveries race, and
 * sent by the sweep when they were left pending (a stop between commit and send, a failing gateway).
 */
@IntegrationTest
class OutgoingIntegrationTests {

	private static final EmailSender NO_EMAIL = (address, subject, text) -> {
		throw new AssertionError("no e-mail expected");
	};

	@Autowired
	MockMvc mvc;

	@Autowired
	Outgoing outgoing;

	@Autowired
	Deliveries deliveries;

	@Autowired
	RecordingSmsSender sms;

	@Autowired
	WorkOrders workOrders;

	@Autowired
	NotificationProperties properties;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void aCommittedMessageIsSentOnceAndMarkedARolledBackOneNeitherRecordedNorSent() {
		String phone = "1390000" + (1000 + (int) (Math.random() * 8999));
		var key = new Deliveries.Key("Test:" + UUID.randomUUID(), "SMS", "139****0000");
		var tx = new TransactionTemplate(transactions);
		tx.executeWithoutResult(t -> {
			assertThat(outgoing.send(key, NotificationKind.CITIZEN_RECEIPT, null, phone, null, "已受理")).isTrue();
			assertThat(sms.to(phone)).as("nothing sent before the commit").isEmpty();
		});
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> sentAt(key) != null);
		assertThat(sms.to(phone)).containsExactly("已受理");
		assertThat(outgoing.send(key, NotificationKind.CITIZEN_RECEIPT, null, phone, null, "已受理"))
			.as("the same event again").isFalse();

		var rolledBack = new Deliveries.Key("Test:" + UUID.randomUUID(), "SMS", "139****0000");
		tx.executeWithoutResult(t -> {
			outgoing.send(rolledBack, NotificationKind.CITIZEN_RECEIPT, null, phone, null, "撤回");
			t.setRollbackOnly();
		});
		outgoing.flush();
		assertThat(rows(rolledBack)).isZero();
		assertThat(sms.to(phone)).containsExactly("已受理");
	}

	@Test
	void manyMessagesAreMarkedSentAtOnceAndOneMarkedBeforeKeepsItsTime() {
		String event = UUID.randomUUID().toString();
		List<Deliveries.Key> keys = new ArrayList<>();
		for (int i = 0; i < 150; i++) {
			Deliveries.Key key = new Deliveries.Key(event + "-" + i, "SMS", "139****" + (1000 + i));
			assertThat(deliveries.record(key, NotificationKind.CITIZEN_RECEIPT, null, null, "已受理",
					properties.sweepAfter())).isTrue();
			keys.add(key);
		}
		new TransactionTemplate(transactions).executeWithoutResult(tx -> deliveries.markSent(keys.subList(0, 1)));
		OffsetDateTime first = sentAt(keys.get(0));
		assertThat(first).isNotNull();
		assertThat(sentAt(keys.get(1))).isNull();

		// with a key never recorded among them, which changes nothing
		List<Deliveries.Key> all = new ArrayList<>(keys);
		all.add(new Deliveries.Key(event + "-none", "SMS", "139****0000"));
		Awaitility.await().until(() -> clock.instant().isAfter(first.toInstant()));
		new TransactionTemplate(transactions).executeWithoutResult(tx -> deliveries.markSent(all));
		assertThat(sentAt(keys.get(0))).isEqualTo(first);
		for (Deliveries.Key key : keys.subList(1, keys.size())) {
			assertThat(sentAt(key)).as(key.eventKey()).isNotNull().isAfter(first);
			assertThat(given(key)).isFalse();
		}
		assertThat(rows(all.get(all.size() - 1))).isZero();
	}

	@Test
	void racingDeliveriesOfOneEventRecordOneMessage() throws Exception {
		String event = "Received:" + UUID.randomUUID() + ":race";
		var pool = Executors.newFixedThreadPool(6);
		try {
			List<Callable<Boolean>> claims = new ArrayList<>();
			for (int i = 0; i < 6; i++) {
				claims.add(() -> deliveries.record(new Deliveries.Key(event, "SMS", "139****0000"),
						NotificationKind.CITIZEN_RECEIPT, null, null, "已受理", properties.sweepAfter()));
			}
			long won = 0;
			for (var result : pool.invokeAll(claims)) {
				won += result.get() ? 1 : 0;
			}
			assertThat(won).as("racing deliveries of one event: one is recorded").isEqualTo(1);
		}
		finally {
			pool.shutdown();
		}
		assertThat(deliveries.record(new Deliveries.Key(event, "EMAIL", "duty@example.org"),
				NotificationKind.CITIZEN_RECEIPT, null, "s", "t", properties.sweepAfter())).as("another channel").isTrue();
		assertThat(rows(new Deliveries.Key(event, "SMS", "x"))).isEqualTo(2);
	}

	@Test
	void aMessageLeftPendingIsSentByTheSweepToTheOrdersPhoneOnceAcrossSweeps() throws Exception {
		String[] order = orderWithPhone();
		var key = new Deliveries.Key("Test:" + UUID.randomUUID(), "SMS", "13*********");
		List<String> failed = new CopyOnWriteArrayList<>();
		SmsSender down = (phone, text) -> {
			failed.add(text);
			throw new IllegalStateException("gateway down");
		};
		// a node whose gateway fails: the message stays pending, due for the sweep after the grace
		Outgoing first = new Outgoing(deliveries, down, NO_EMAIL, workOrders, properties, clock, transactions);
		Outgoing later = new Outgoing(deliveries, sms, NO_EMAIL, workOrders, properties,
				Clock.offset(clock, properties.sweepAfter().plusSeconds(1)), transactions);
		try {
			new TransactionTemplate(transactions).executeWithoutResult(t -> first.send(key,
					NotificationKind.CITIZEN_RESULT, order[0], order[1], null, "已办结 " + key.eventKey()));
			Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !failed.isEmpty());
			first.flush();
			assertThat(sentAt(key)).as("not sent: the gateway failed").isNull();
			first.sweep();
			assertThat(failed).as("not due yet for the sweep").hasSize(1);

			// the sweep (of any node) once the grace has passed: to the order's phone, marked, once
			later.sweep();
			later.sweep();
			assertThat(sentAt(key)).isNotNull();
			assertThat(sms.to(order[1]).stream().filter(t -> t.contains(key.eventKey()))).hasSize(1);
			assertThat(jdbc.sql("SELECT attempts FROM nt_delivery WHERE event_key = :k")
				.param("k", key.eventKey())
				.query(Integer.class)
				.single()).isEqualTo(1);
		}
		finally {
			first.destroy();
			later.destroy();
		}
	}

	@Test
	void theSweepGivesUpOnAMessageWithNoAddressAndAfterItsLastAttempt() {
		var key = new Deliveries.Key("Test:" + UUID.randomUUID(), "SMS", "13*********");
		assertThat(deliveries.record(key, NotificationKind.CITIZEN_RESULT, UUID.randomUUID().toString(), null, "x",
				Duration.ZERO)).isTrue();
		var mailKey = new Deliveries.Key("Test:" + UUID.randomUUID(), "EMAIL", "duty@example.org");
		assertThat(deliveries.record(mailKey, NotificationKind.CITIZEN_RESULT, null, "s", "t", Duration.ZERO))
			.isTrue();
		jdbc.sql("UPDATE nt_delivery SET attempts = :a WHERE event_key = :k")
			.param("a", Outgoing.MAX_ATTEMPTS - 1)
			.param("k", mailKey.eventKey())
			.update();
		List<String> tried = new CopyOnWriteArrayList<>();
		Outgoing mailDown = new Outgoing(deliveries, sms, (address, subject, text) -> {
			tried.add(address);
			throw new IllegalStateException("mail server down");
		}, workOrders, properties, Clock.offset(clock, Duration.ofSeconds(1)), transactions);
		try {
			mailDown.sweep();
		}
		finally {
			mailDown.destroy();
		}
		assertThat(given(key)).as("an order that does not exist has no phone: given up, not sent").isTrue();
		assertThat(tried).containsExactly("duty@example.org");
		assertThat(given(mailKey)).as("its last attempt failed: given up").isTrue();
		assertThat(jdbc.sql("SELECT attempts FROM nt_delivery WHERE event_key = :k")
			.param("k", mailKey.eventKey())
			.query(Integer.class)
			.single()).isEqualTo(Outgoing.MAX_ATTEMPTS);
	}

	/** An order with a phone ({@link LinkageApi#ORDER}'s), taken in for the test: its id and the phone. */
	private String[] orderWithPhone() throws Exception {
		var api = new LinkageApi(mvc);
		String id = api.read(api.post(TestActors.role(Role.OPERATOR), "/api/v1/work-orders", LinkageApi.ORDER))
			.get("id")
			.asString();
		return new String[] { id, "13912345678" };
	}

	private Boolean given(Deliveries.Key key) {
		return jdbc.sql("SELECT due_at IS NULL AND sent_at IS NULL FROM nt_delivery WHERE event_key = :k")
			.param("k", key.eventKey())
			.query(Boolean.class)
			.single();
	}

	private OffsetDateTime sentAt(Deliveries.Key key) {
		return jdbc.sql("SELECT sent_at FROM nt_delivery WHERE event_key = :k AND channel = :c AND address = :a")
			.param("k", key.eventKey())
			.param("c", key.channel())
			.param("a", key.address())
			.query((rs, n) -> rs.getObject(1, OffsetDateTime.class))
			.optional()
			.orElse(null);
	}

	private long rows(Deliveries.Key key) {
		return jdbc.sql("SELECT COUNT(*) FROM nt_delivery WHERE event_key = :k")
			.param("k", key.eventKey())
			.query(Long.class)
			.single();
	}
}
