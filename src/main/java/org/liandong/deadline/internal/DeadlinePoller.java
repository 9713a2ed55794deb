package org.liandong.deadline.internal;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Looks for due deadlines every {@code liandong.deadline.poll-interval} and fires each in its own transaction. Any
 * number of instances may poll the same database: a row's firing is claimed by a conditional update, so each
 * warning and breach fires once.
 */
@Component
class DeadlinePoller {

	private static final Logger log = LoggerFactory.getLogger(DeadlinePoller.class);

	private final DeadlineRows rows;

	private final DeadlineFiring firing;

	private final DeadlineProperties properties;

	private final Clock clock;

	DeadlinePoller(DeadlineRows rows, DeadlineFiring firing, DeadlineProperties properties, Clock clock) {
		this.rows = rows;
		this.firing = firing;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${liandong.deadline.poll-interval}")
	void scheduledPoll() {
		try {
			poll();
		}
		catch (RuntimeException e) {
			// e.g. the database is briefly unreachable: the next poll tries again.
			log.warn("Deadline poll failed: {}", e.toString());
		}
	}

	/**
	 * One poll: fires the due rows in batches until none is left or a batch fired nothing (rows that other instances
	 * took or that wait for a retry).
	 *
	 * @return the number of rows that fired
	 */
	int poll() {
		int total = 0;
		while (true) {
			var due = rows.due(clock.instant(), properties.batchSize());
			int fired = 0;
			for (DeadlineRow row : due) {
				if (firing.fire(row).any()) {
					fired++;
				}
			}
			total += fired;
			if (due.size() < properties.batchSize() || fired == 0) {
				return total;
			}
		}
	}
}
