package org.liandong.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.liandong.support.IntegrationTest;
import org.liandong.support.TwoAtOnce;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An event delivered to the inbox twice, one after the other or both at once (the outbox may deliver twice: at a
 * restart, a retry while the first delivery still runs), leaves one notification per recipient, and neither delivery
 * fails (a failed one would be retried, its error logged, for nothing).
 */
@IntegrationTest
class InboxIntegrationTests {

	@Autowired
	Inbox inbox;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void theSameEventDeliveredAgainAddsNothing() {
		String key = "test-" + UUID.randomUUID();
		assertThat(deliver(key)).isEqualTo(2);
		assertThat(deliver(key)).isZero();
		assertThat(rows(key)).isEqualTo(2);
	}

	@Test
	void twoDeliveriesAtOnceLeaveOneNotificationPerRecipientAndBothSucceed() throws Exception {
		String key = "test-" + UUID.randomUUID();
		List<Integer> added = TwoAtOnce.results(transactions, () -> deliver(key));
		assertThat(added.get(0) + added.get(1)).isEqualTo(2);
		assertThat(rows(key)).isEqualTo(2);
	}

	int deliver(String key) {
		return inbox.deliver(List.of("dispatcher1", "supervisor1"), key, NotificationKind.URGED, null, null,
				List.of("WH-TEST"), "/work-orders");
	}

	long rows(String key) {
		return jdbc.sql("SELECT COUNT(*) FROM nt_notification WHERE event_key = :k").param("k", key)
			.query(Long.class).single();
	}
}
