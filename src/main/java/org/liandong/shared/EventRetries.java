package org.liandong.shared;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Delivers again, while the node runs, the events whose listener failed: a database out of reach for a moment, a
 * deadlock, a lock's time-out. Without it such a publication waited for the next start of a node
 * ({@code republish-outstanding-events-on-restart}), which in a city's deployment can be weeks: an order left out of
 * supervision's cases, a deadline's breach not flagged on its order, a dispatched unit not notified.
 * <p>
 * Every {@code liandong.events.retry-interval} (a minute by default) each node:
 * <ol>
 * <li>marks failed the publications whose delivery was lost: still {@code PUBLISHED} (or {@code RESUBMITTED}) after
 * {@code liandong.events.lost-after} (ten minutes by default). A listener that fails while the database is out of
 * reach cannot mark its publication failed either, and a node that stops takes its queued deliveries with it;
 * listeners finish in seconds, so a publication that old has no delivery left to wait for (if it has, it is delivered
 * twice, which every listener takes: they are idempotent);</li>
 * <li>resubmits the failed ones that are due, each claimed by one node (Spring Modulith marks it
 * {@code RESUBMITTED} only where no other node has), a publication's attempts spaced out: a minute after the first
 * failure, then twice as long after each resubmission, at most an hour apart, so that an event whose listener fails
 * for a reason a retry cannot mend (a bug: its error is logged at each attempt) costs one attempt an hour until the
 * fix is deployed, and is delivered again at that start anyway.</li>
 * </ol>
 * Publications are read 500 a round, so that a backlog of failures is worked off over rounds rather than read whole.
 * <p>
 * Metrics (Micrometer, {@code /actuator/prometheus}): {@code liandong.events.publications{status}}, the outbox's rows
 * by status as of the last round ({@code PUBLISHED}: waiting for or in their delivery; {@code FAILED}: waiting for a
 * retry; {@code RESUBMITTED}: in a retry), {@code liandong.events.lost} and {@code liandong.events.retried}, counted
 * by this node. A {@code FAILED} count that does not fall is a listener that keeps failing: its error is in the log.
 */
@Component
class EventRetries {

	private static final Logger LOG = LoggerFactory.getLogger(EventRetries.class);

	/** The longest wait between two attempts at one publication. */
	static final Duration MAX_DELAY = Duration.ofHours(1);

	/** Failed publications read per round. */
	static final int BATCH = 500;

	private final FailedEventPublications failed;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Duration interval;

	private final Duration lostAfter;

	/** The outbox's rows by status, as of the last round. */
	private final Map<String, AtomicInteger> publications = new ConcurrentHashMap<>();

	private final Counter lost;

	private final Counter retried;

	EventRetries(FailedEventPublications failed, JdbcClient jdbc, Clock clock, MeterRegistry meters,
			@Value("${liandong.events.retry-interval:PT1M}") Duration interval,
			@Value("${liandong.events.lost-after:PT10M}") Duration lostAfter) {
		this.failed = failed;
		this.jdbc = jdbc;
		this.clock = clock;
		this.interval = interval;
		this.lostAfter = lostAfter;
		for (String status : new String[] { "PUBLISHED", "FAILED", "RESUBMITTED" }) {
			AtomicInteger count = new AtomicInteger();
			publications.put(status, count);
			Gauge.builder("liandong.events.publications", count, AtomicInteger::get)
				.tag("status", status)
				.description("Event publications not yet completed, by status, as of the last retry round")
				.register(meters);
		}
		this.lost = Counter.builder("liandong.events.lost")
			.description("Event publications taken for lost (undelivered after liandong.events.lost-after)")
			.register(meters);
		this.retried = Counter.builder("liandong.events.retried")
			.description("Failed event publications due for another delivery")
			.register(meters);
	}

	@Scheduled(initialDelayString = "${liandong.events.retry-interval:PT1M}",
			fixedDelayString = "${liandong.events.retry-interval:PT1M}")
	void retry() {
		try {
			retry(clock.instant());
		}
		catch (DataAccessException e) {
			// the database out of reach again: the next round tries again, and nothing is lost meanwhile
			LOG.warn("Could not retry failed event deliveries: {}", e.getMostSpecificCause().toString());
		}
	}

	/** One round as of {@code now}: the lost ones marked failed, then those that are due delivered again. */
	void retry(Instant now) {
		int taken = markLostFailed(now);
		if (taken > 0) {
			LOG.warn("{} event publication(s) older than {} had no delivery left; delivering them again", taken,
					lostAfter);
		}
		AtomicInteger due = new AtomicInteger();
		failed.resubmit(ResubmissionOptions.defaults()
			.withBatchSize(BATCH)
			.withFilter(p -> due(p, now) && due.incrementAndGet() > 0));
		if (due.get() > 0) {
			LOG.info("{} failed event publication(s) due for another delivery (each taken by one node)",
					due.get());
		}
		lost.increment(taken);
		retried.increment(due.get());
		count();
	}

	/** The outbox's rows by status, for the gauges. */
	void count() {
		Map<String, Integer> counted = new HashMap<>();
		jdbc.sql("SELECT status, COUNT(*) FROM event_publication WHERE completion_date IS NULL GROUP BY status")
			.query(rs -> {
				counted.put(rs.getString(1), rs.getInt(2));
			});
		publications.forEach((status, count) -> count.set(counted.getOrDefault(status, 0)));
	}

	/** Marks failed the publications still waiting for a delivery that was lost; returns how many. */
	int markLostFailed(Instant now) {
		return jdbc.sql("UPDATE event_publication SET status = 'FAILED' WHERE completion_date IS NULL AND "
				+ "((status = 'PUBLISHED' AND publication_date < :before) "
				+ "OR (status = 'RESUBMITTED' AND last_resubmission_date < :before))")
			.param("before", Timestamp.from(now.minus(lostAfter)))
			.update();
	}

	/**
	 * Whether a failed publication's next attempt is due: {@code interval × 2^(attempts − 1)} after its last one
	 * (its publication, for the first), at most {@link #MAX_DELAY}.
	 */
	boolean due(EventPublication publication, Instant now) {
		Instant last = publication.getLastResubmissionDate() != null ? publication.getLastResubmissionDate()
				: publication.getPublicationDate();
		int doublings = Math.max(0, Math.min(publication.getCompletionAttempts() - 1, 30));
		Duration delay = interval.multipliedBy(1L << doublings);
		return !now.isBefore(last.plus(delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay));
	}
}
