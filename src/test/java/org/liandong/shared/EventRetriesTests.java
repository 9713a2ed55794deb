package org.liandong.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.events.EventPublication;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** When a failed publication's next attempt is due: the interval, doubled at each attempt, at most an hour. */
class EventRetriesTests {

	static final Instant LAST = Instant.parse("2026-11-28T08:00:00Z");

	final EventRetries retries = new EventRetries(options -> {
	}, null, Clock.systemUTC(), new SimpleMeterRegistry(), Duration.ofMinutes(1), Duration.ofMinutes(10));

	@Test
	void eachAttemptWaitsTwiceAsLongAsTheOneBeforeAtMostAnHour() {
		int[] minutes = { 1, 2, 4, 8, 16, 32, 60, 60 };
		for (int attempts = 1; attempts <= minutes.length; attempts++) {
			Duration wait = Duration.ofMinutes(minutes[attempts - 1]);
			assertThat(retries.due(failed(attempts, LAST), LAST.plus(wait).minusSeconds(1))).as("attempt %d", attempts)
				.isFalse();
			assertThat(retries.due(failed(attempts, LAST), LAST.plus(wait))).as("attempt %d", attempts).isTrue();
		}
		// many attempts later (a listener that fails for a reason no retry mends): still an hour, no overflow
		assertThat(retries.due(failed(500, LAST), LAST.plus(Duration.ofHours(1)))).isTrue();
		assertThat(retries.due(failed(500, LAST), LAST.plus(Duration.ofMinutes(59)))).isFalse();
	}

	@Test
	void aPublicationNeverResubmittedCountsFromItsPublication() {
		EventPublication first = failed(1, null);
		assertThat(retries.due(first, LAST.minusSeconds(1).plus(Duration.ofMinutes(1)))).isFalse();
		assertThat(retries.due(first, LAST.plus(Duration.ofMinutes(1)))).isTrue();
	}

	/** A failed publication, published at {@link #LAST}, after so many attempts, the last at {@code last}. */
	static EventPublication failed(int attempts, Instant last) {
		return new EventPublication() {

			@Override
			public UUID getIdentifier() {
				return UUID.nameUUIDFromBytes(new byte[] { (byte) attempts });
			}

			@Override
			public Object getEvent() {
				return "event";
			}

			@Override
			public Instant getPublicationDate() {
				return LAST;
			}

			@Override
			public Optional<Instant> getCompletionDate() {
				return Optional.empty();
			}

			@Override
			public Status getStatus() {
				return Status.FAILED;
			}

			@Override
			public Instant getLastResubmissionDate() {
				return last;
			}

			@Override
			public int getCompletionAttempts() {
				return attempts;
			}
		};
	}
}
