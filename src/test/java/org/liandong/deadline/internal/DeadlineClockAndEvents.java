package org.liandong.deadline.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import org.liandong.deadline.DeadlineBreached;
import org.liandong.deadline.DeadlineWarned;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.context.event.EventListener;

/** A clock the tests move by hand, and a listener that records (or, for owner type FAILING, refuses) events. */
@TestConfiguration(proxyBeanMethods = false)
class DeadlineClockAndEvents {

	static final String FAILING = "FAILING";

	@Bean
	@Primary
	MutableClock mutableClock() {
		return new MutableClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));
	}

	@Bean
	RecordedEvents recordedEvents() {
		return new RecordedEvents();
	}

	/** A clock that only moves when told to. */
	static class MutableClock extends Clock {

		private final AtomicReference<Instant> now;

		MutableClock(Instant start) {
			this.now = new AtomicReference<>(start);
		}

		void advance(Duration duration) {
			now.updateAndGet(t -> t.plus(duration));
		}

		void set(Instant instant) {
			now.set(instant);
		}

		@Override
		public Instant instant() {
			return now.get();
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}
	}

	/** The deadline events in the order they were published (inside the firing transactions). */
	static class RecordedEvents {

		private final List<Object> events = new CopyOnWriteArrayList<>();

		@EventListener
		void on(DeadlineWarned event) {
			if (FAILING.equals(event.ownerType())) {
				throw new IllegalStateException("listener refuses " + event.ownerId());
			}
			events.add(event);
		}

		@EventListener
		void on(DeadlineBreached event) {
			events.add(event);
		}

		/** The events of one owner id, as "WARNED"/"BREACHED" in publication order. */
		List<String> of(String ownerId) {
			return events.stream().map(e -> {
				if (e instanceof DeadlineWarned w && w.ownerId().equals(ownerId)) {
					return "WARNED";
				}
				if (e instanceof DeadlineBreached b && b.ownerId().equals(ownerId)) {
					return "BREACHED";
				}
				return null;
			}).filter(s -> s != null).toList();
		}

		List<Object> all() {
			return List.copyOf(events);
		}
	}
}
