package org.liandong.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.liandong.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox keeps a publication {@code PUBLISHED} while its listener runs, and deletes it once completed (together
 * with the other completions of that moment).
 */
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

	@Autowired
	JdbcOperations jdbcOperations;

	@Autowired(required = false)
	EventPublicationConfiguration.DeferredDeletes deferredDeletes;

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
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(count(publication)).as("completed publications are deleted").isZero());
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

	@Test
	void aTransactionsPublicationsAreWrittenTogetherAtItsCommitAsTheRepositoryWouldWriteThem() {
		var listener = PublicationTargetIdentifier.of("org.liandong.shared.EventPublicationIntegrationTests.batch");
		Probe event = new Probe("batch-" + System.nanoTime());
		var a = TargetEventPublication.of(event, listener);
		var b = TargetEventPublication.of(event, PublicationTargetIdentifier.of(listener.getValue() + ".second"));
		transactions.executeWithoutResult(status -> {
			publications.create(a);
			publications.create(b);
			assertThat(count(a) + count(b)).as("not written before the commit").isZero();
		});
		assertThat(count(a) + count(b)).as("both written by the commit").isEqualTo(2);

		// outside a transaction the repository writes at once, itself: the batch must write the same row
		var alone = TargetEventPublication.of(event, PublicationTargetIdentifier.of(listener.getValue() + ".alone"));
		publications.create(alone);
		assertThat(count(alone)).isEqualTo(1);
		assertThat(row(a)).isEqualTo(row(alone));

		assertThat(publications.findIncompletePublications())
			.filteredOn(p -> p.getIdentifier().equals(a.getIdentifier()))
			.singleElement()
			.satisfies(p -> {
				assertThat(p.getEvent()).isEqualTo(event);
				assertThat(p.getTargetIdentifier()).isEqualTo(listener);
				assertThat(java.time.Duration.between(p.getPublicationDate(), a.getPublicationDate()).abs())
					.as("the publication date, to the database's microsecond")
					.isLessThanOrEqualTo(java.time.Duration.ofNanos(1000));
			});
		for (var p : java.util.List.of(a, b, alone)) {
			publications.markCompleted(p.getIdentifier(), Instant.now());
		}
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(count(a) + count(b) + count(alone)).isZero());
	}

	@Test
	void completionsAreDeletedTogetherByOneThreadAndWhatIsPendingAtCloseIsDeletedThen() {
		var probes = new java.util.ArrayList<TargetEventPublication>();
		for (int i = 0; i < 150; i++) {
			var p = TargetEventPublication.of(new Probe("deferred-" + i + "-" + System.nanoTime()),
					PublicationTargetIdentifier.of("org.liandong.shared.EventPublicationIntegrationTests.deferred"));
			publications.create(p);
			probes.add(p);
		}
		// a thread of this test's own that, after the first completion, waits an hour for more
		var deletes = new EventPublicationConfiguration.DeferredDeletes(jdbcOperations, Duration.ofHours(1));
		try {
			probes.forEach(p -> deletes.add(p.getIdentifier()));
			assertThat(probes.stream().mapToInt(this::count).sum()).as("not deleted one by one as completed")
				.isEqualTo(150);
		}
		finally {
			deletes.destroy();
		}
		assertThat(probes.stream().mapToInt(this::count).sum()).as("all deleted at close, in statements of 100")
			.isZero();
		assertThat(deferredDeletes).as("the platform's own, in completion mode delete").isNotNull();
	}

	@Test
	void aRolledBackTransactionWritesNoPublication() {
		var publication = TargetEventPublication.of(new Probe("rolled-back-" + System.nanoTime()),
				PublicationTargetIdentifier.of("org.liandong.shared.EventPublicationIntegrationTests.rollback"));
		transactions.executeWithoutResult(status -> {
			publications.create(publication);
			status.setRollbackOnly();
		});
		assertThat(count(publication)).isZero();
	}

	private int count(TargetEventPublication publication) {
		return jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE id = :id")
			.param("id", publication.getIdentifier())
			.query(Integer.class)
			.single();
	}

	/** The columns a publication is written with, but its id and listener (which differ by design here). */
	private java.util.List<Object> row(TargetEventPublication publication) {
		return jdbc.sql("SELECT event_type, serialized_event, status, completion_attempts, completion_date, "
				+ "CASE WHEN last_resubmission_date = publication_date THEN 'same' ELSE 'differs' END "
				+ "FROM event_publication WHERE id = :id")
			.param("id", publication.getIdentifier())
			.query((rs, n) -> java.util.Arrays.asList(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
					rs.getObject(5), rs.getString(6)))
			.single();
	}

	private String status(TargetEventPublication publication) {
		return jdbc.sql("SELECT status FROM event_publication WHERE id = :id")
			.param("id", publication.getIdentifier())
			.query(String.class)
			.single();
	}
}
