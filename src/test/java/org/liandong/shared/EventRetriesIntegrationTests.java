package org.liandong.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * An event whose listener failed is delivered again while the node runs, its attempts spaced out, and one whose
 * delivery was lost (its publication neither completed nor marked failed) is taken up once it is old enough. The
 * retry interval here is ten minutes, so that the scheduled round stays out of the test's way and each round is run
 * by the test with the time it names.
 */
@SpringBootTest(properties = { "liandong.events.retry-interval=PT10M", "liandong.events.lost-after=PT10M" })
@ActiveProfiles("test")
@Import(EventRetriesIntegrationTests.Flaky.class)
class EventRetriesIntegrationTests {

	/** An event of this test only. */
	record Wobble(String marker) {
	}

	/** A listener that fails as often as it is told to for an event, then takes it. */
	@TestConfiguration(proxyBeanMethods = false)
	static class Flaky {

		final Map<String, AtomicInteger> failuresLeft = new ConcurrentHashMap<>();

		final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

		final List<String> delivered = new CopyOnWriteArrayList<>();

		@ApplicationModuleListener
		void on(Wobble event) {
			calls.computeIfAbsent(event.marker(), m -> new AtomicInteger()).incrementAndGet();
			AtomicInteger left = failuresLeft.get(event.marker());
			if (left != null && left.getAndDecrement() > 0) {
				throw new IllegalStateException("a transient failure, as a lock's time-out would be");
			}
			delivered.add(event.marker());
		}

		// through methods: the bean is a proxy (the listener runs asynchronously, in a transaction of its own)
		void failTimes(String marker, int times) {
			failuresLeft.put(marker, new AtomicInteger(times));
		}

		int calls(String marker) {
			AtomicInteger count = calls.get(marker);
			return count == null ? 0 : count.get();
		}

		List<String> delivered() {
			return List.copyOf(delivered);
		}
	}

	@Autowired
	Flaky flaky;

	@Autowired
	EventRetries retries;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MeterRegistry meters;

	@Test
	void aFailedDeliveryIsRetriedWhileTheNodeRunsEachAttemptLaterThanTheLast() {
		String marker = "wobble-" + System.nanoTime();
		flaky.failTimes(marker, 2);
		publish(marker);
		awaitStatus(marker, "FAILED");
		Instant published = row(marker).at();

		retries.retry(published.plus(Duration.ofMinutes(9)));
		assertThat(row(marker).status()).as("not due before the interval").isEqualTo("FAILED");
		assertThat(calls(marker)).isEqualTo(1);
		assertThat(meters.get("liandong.events.publications").tag("status", "FAILED").gauge().value())
			.as("the failed publications the round counted").isGreaterThanOrEqualTo(1);
		double retried = meters.get("liandong.events.retried").counter().count();

		retries.retry(published.plus(Duration.ofMinutes(11)));
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			assertThat(calls(marker)).isEqualTo(2);
			assertThat(row(marker).status()).isEqualTo("FAILED");
		});
		Row second = row(marker);
		assertThat(second.attempts()).isEqualTo(2);
		assertThat(meters.get("liandong.events.retried").counter().count()).isGreaterThanOrEqualTo(retried + 1);

		// the next attempt twice the interval after the last one
		retries.retry(second.at().plus(Duration.ofMinutes(19)));
		assertThat(row(marker).status()).as("not claimed (a claim is synchronous, its delivery not)")
			.isEqualTo("FAILED");
		assertThat(calls(marker)).isEqualTo(2);
		retries.retry(second.at().plus(Duration.ofMinutes(21)));
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(flaky.delivered()).containsOnlyOnce(marker));
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(rows(marker)).as("completed, so deleted").isZero());
		assertThat(calls(marker)).isEqualTo(3);
	}

	@Test
	void aPublicationWhoseDeliveryWasLostIsDeliveredOnceItIsOldEnough() {
		String marker = "lost-" + System.nanoTime();
		flaky.failTimes(marker, 1);
		publish(marker);
		awaitStatus(marker, "FAILED");
		// as if the listener had failed while the database was out of reach: its failure could not be recorded
		jdbc.sql("UPDATE event_publication SET status = 'PUBLISHED' WHERE serialized_event LIKE :m")
			.param("m", "%" + marker + "%")
			.update();
		Instant published = row(marker).at();

		retries.retry(published.plus(Duration.ofMinutes(9)));
		assertThat(row(marker).status()).as("a delivery may still be under way").isEqualTo("PUBLISHED");
		double lost = meters.get("liandong.events.lost").counter().count();

		retries.retry(published.plus(Duration.ofMinutes(11)));
		assertThat(meters.get("liandong.events.lost").counter().count()).isGreaterThanOrEqualTo(lost + 1);
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(flaky.delivered()).containsOnlyOnce(marker));
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(rows(marker)).isZero());
		assertThat(calls(marker)).isEqualTo(2);
	}

	@Test
	void aDeliveryThatSucceedsIsNotRepeated() {
		String marker = "fine-" + System.nanoTime();
		publish(marker);
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(rows(marker)).isZero());
		retries.retry(Instant.now().plus(Duration.ofHours(3)));
		assertThat(calls(marker)).isEqualTo(1);
		assertThat(flaky.delivered()).containsOnlyOnce(marker);
	}

	record Row(String status, int attempts, Instant at) {
	}

	void publish(String marker) {
		transactions.executeWithoutResult(tx -> events.publishEvent(new Wobble(marker)));
	}

	int calls(String marker) {
		return flaky.calls(marker);
	}

	void awaitStatus(String marker, String status) {
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			assertThat(rows(marker)).isEqualTo(1);
			assertThat(row(marker).status()).isEqualTo(status);
		});
	}

	long rows(String marker) {
		return jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE serialized_event LIKE :m")
			.param("m", "%" + marker + "%")
			.query(Long.class)
			.single();
	}

	/** The publication's status, attempts, and its last attempt's time (its publication's, before a resubmission). */
	Row row(String marker) {
		return jdbc.sql("SELECT status, completion_attempts, COALESCE(last_resubmission_date, publication_date) "
				+ "FROM event_publication WHERE serialized_event LIKE :m")
			.param("m", "%" + marker + "%")
			.query((rs, n) -> new Row(rs.getString(1), rs.getInt(2), rs.getObject(3, OffsetDateTime.class).toInstant()))
			.single();
	}
}
