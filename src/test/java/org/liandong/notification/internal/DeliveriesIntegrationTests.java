package org.liandong.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.liandong.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A message is handed to a sender once per event, channel and address, also when deliveries race. */
@IntegrationTest
class DeliveriesIntegrationTests {

	@Autowired
	Deliveries deliveries;

	@Autowired
	JdbcClient jdbc;

	@Test
	void onlyTheFirstOfRepeatedOrRacingClaimsSends() throws Exception {
		String key = "Received:" + UUID.randomUUID() + ":test";
		assertThat(deliveries.claim(key, "SMS", "139****5678", NotificationKind.CITIZEN_RECEIPT)).isTrue();
		assertThat(deliveries.claim(key, "SMS", "139****5678", NotificationKind.CITIZEN_RECEIPT))
			.as("a second delivery of the same event").isFalse();
		assertThat(deliveries.claim(key, "EMAIL", "139****5678", NotificationKind.CITIZEN_RECEIPT))
			.as("another channel").isTrue();

		String raced = "Received:" + UUID.randomUUID() + ":race";
		var pool = Executors.newFixedThreadPool(6);
		try {
			List<Callable<Boolean>> claims = new ArrayList<>();
			for (int i = 0; i < 6; i++) {
				claims.add(() -> deliveries.claim(raced, "SMS", "139****0000", NotificationKind.CITIZEN_RECEIPT));
			}
			long won = 0;
			for (var result : pool.invokeAll(claims)) {
				won += result.get() ? 1 : 0;
			}
			assertThat(won).as("racing deliveries of one event: one sends").isEqualTo(1);
		}
		finally {
			pool.shutdown();
		}
		assertThat(jdbc.sql("SELECT COUNT(*) FROM nt_delivery WHERE event_key IN (:k, :r)")
			.param("k", key)
			.param("r", raced)
			.query(Long.class)
			.single()).isEqualTo(3);
	}
}
