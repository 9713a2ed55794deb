package org.liandong.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The event publication registry as tests wait on it. */
public final class Outbox {

	private Outbox() {
	}

	/**
	 * Waits until every event whose payload names {@code text} (an order's id) has been delivered to all its
	 * listeners: completed publications are deleted.
	 */
	public static void awaitDelivered(JdbcClient jdbc, String text) {
		Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
				jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE serialized_event LIKE :m")
					.param("m", "%" + text + "%")
					.query(Long.class)
					.single()).as("publications naming %s not yet delivered", text).isZero());
	}
}
