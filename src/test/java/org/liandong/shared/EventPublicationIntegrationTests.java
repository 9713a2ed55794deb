package org.liandong.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.liandong.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox keeps a publication {@code PUBLISHED} while its listener runs, and deletes it once completed. */
@IntegrationTest
class EventPublicationIntegrationTests {

	/** An event of this test only. */
	record Probe(String marker) {
	}

	@Autowired
	EventPublicationRepository publications;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EventSerializer serializer;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aStartedListenerLeavesThePublicationPublishedAndItsCompletionDeletesIt() {
		var publication = TargetEventPublication.of(new Probe("probe-" + System.nanoTime()),
				PublicationTargetIdentifier.of("org.liandong.shared.EventPublicationIntegrationTests.probe"));
		transactions.executeWithoutResult(status -> publications.create(publication));
		assertThat(status(publication)).isEqualTo("PUBLISHED");

		transactions.executeWithoutResult(status -> publications.markProcessing(publication.getIdentifier()));
		assertThat(status(publication)).as("no UPDATE when a listener starts").isEqualTo("PUBLISHED");
		assertThat(publications.findIncompletePublications()).extracting(TargetEventPublication::getIdentifier)
			.as("still incomplete, so republished at a restart")
			.contains(publication.getIdentifier());

		transactions.executeWithoutResult(status -> publications.markCompleted(publication.getIdentifier(),
				Instant.now()));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE id = :id")
			.param("id", publication.getIdentifier())
			.query(Integer.class)
			.single()).as("completed publications are deleted").isZero();
	}

	@Test
	void anEventStoredForSeveralListenersIsSerialisedOnceAndReadsBack() {
		Probe event = new Probe("once");
		Object first = serializer.serialize(event);
		assertThat(serializer.serialize(event)).as("the same event again: the same JSON, not made again")
			.isSameAs(first);
		Object other = serializer.serialize(new Probe("other"));
		assertThat(other).isNotEqualTo(first);
		assertThat(serializer.serialize(new Probe("once"))).as("an equal event").isEqualTo(first).isNotSameAs(first);
		assertThat(serializer.deserialize(first, Probe.class)).isEqualTo(event);
	}

	private String status(TargetEventPublication publication) {
		return jdbc.sql("SELECT status FROM event_publication WHERE id = :id")
			.param("id", publication.getIdentifier())
			.query(String.class)
			.single();
	}
}
