package org.liandong.deadline.internal;

import static org.liandong.deadline.DeadlineStatus.BREACHED;
import static org.liandong.deadline.DeadlineStatus.DEAD;
import static org.liandong.deadline.DeadlineStatus.PENDING;
import static org.liandong.deadline.DeadlineStatus.WARNED;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.liandong.deadline.DeadlineBreached;
import org.liandong.deadline.DeadlineWarned;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Fires one due row in its own short transaction: claims it with a conditional update on its version, then publishes
 * {@link DeadlineWarned} and/or {@link DeadlineBreached} in the same transaction (the event publication registry is
 * the outbox). A failure rolls both back and is recorded with a backoff; after the last attempt the row is DEAD.
 */
@Component
class DeadlineFiring {

	private static final Logger log = LoggerFactory.getLogger(DeadlineFiring.class);

	/** Backoff doubles at most this many times. */
	private static final int MAX_DOUBLINGS = 10;

	private final DeadlineRows rows;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final DeadlineProperties properties;

	private final Clock clock;

	private final Counter warned;

	private final Counter breached;

	private final Counter failed;

	private final Counter dead;

	DeadlineFiring(DeadlineRows rows, ApplicationEventPublisher events, PlatformTransactionManager transactions,
			DeadlineProperties properties, Clock clock, MeterRegistry meters) {
		this.rows = rows;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		this.properties = properties;
		this.clock = clock;
		this.warned = fired(meters, "warned");
		this.breached = fired(meters, "breached");
		this.failed = Counter.builder("liandong.deadline.failures").description("Failed firings of deadlines")
			.register(meters);
		this.dead = Counter.builder("liandong.deadline.dead").description("Deadlines parked after too many failures")
			.register(meters);
	}

	/** Fires what is due of a row read by the poller; returns what fired (nothing when another poller won). */
	Fired fire(DeadlineRow row) {
		try {
			Fired fired = transaction.execute(status -> fireInTransaction(row));
			if (fired.warned()) {
				warned.increment();
			}
			if (fired.breached()) {
				breached.increment();
			}
			return fired;
		}
		catch (RuntimeException e) {
			recordFailure(row, e);
			return Fired.NOTHING;
		}
	}

	private Fired fireInTransaction(DeadlineRow row) {
		Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
		boolean warn = row.status() == PENDING && !row.warnAt().isAfter(now);
		boolean breach = (row.status() == PENDING || row.status() == WARNED) && !row.dueAt().isAfter(now);
		if (!warn && !breach) {
			return Fired.NOTHING;
		}
		if (!rows.claim(row, breach ? BREACHED : WARNED, warn ? now : row.warnedAt(), breach ? now : null)) {
			return Fired.NOTHING;
		}
		// A row found late warns first and breaches second, in one transaction: listeners see both, in this order.
		if (warn) {
			events.publishEvent(new DeadlineWarned(row.id(), row.owner().type(), row.owner().id(), row.kind(),
					row.dueAt(), now));
		}
		if (breach) {
			events.publishEvent(new DeadlineBreached(row.id(), row.owner().type(), row.owner().id(), row.kind(),
					row.dueAt(), now));
		}
		return new Fired(warn, breach);
	}

	private void recordFailure(DeadlineRow row, RuntimeException error) {
		failed.increment();
		int attempts = row.attempts() + 1;
		boolean parked = attempts >= properties.maxAttempts();
		Instant next = clock.instant().truncatedTo(ChronoUnit.MILLIS).plus(backoff(attempts));
		String message = describe(error);
		try {
			Boolean recorded = transaction.execute(status -> rows.recordFailure(row, parked ? DEAD : row.status(),
					attempts, parked ? null : next, message));
			if (Boolean.TRUE.equals(recorded) && parked) {
				dead.increment();
				log.error("Deadline {} ({} {} {}) is DEAD after {} failed attempts: {}", row.id(), row.owner().type(),
						row.owner().id(), row.kind(), attempts, message, error);
			}
			else if (Boolean.TRUE.equals(recorded)) {
				log.warn("Deadline {} failed to fire (attempt {}), retrying at {}: {}", row.id(), attempts, next,
						message);
			}
		}
		catch (RuntimeException e) {
			// The row stays due and is picked up again by the next poll.
			log.error("Cannot record the failure of deadline {}", row.id(), e);
		}
	}

	private Duration backoff(int attempts) {
		return properties.retryBackoff().multipliedBy(1L << Math.min(attempts - 1, MAX_DOUBLINGS));
	}

	private static String describe(Throwable error) {
		String text = error.getClass().getSimpleName() + ": " + error.getMessage();
		return text.length() > 2000 ? text.substring(0, 2000) : text;
	}

	private static Counter fired(MeterRegistry meters, String event) {
		return Counter.builder("liandong.deadline.fired").tag("event", event).description("Deadline events fired")
			.register(meters);
	}

	/** What one firing published. */
	record Fired(boolean warned, boolean breached) {

		static final Fired NOTHING = new Fired(false, false);

		boolean any() {
			return warned || breached;
		}
	}
}
