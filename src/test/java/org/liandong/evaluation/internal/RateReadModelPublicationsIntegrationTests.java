package org.liandong.evaluation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.liandong.support.IntegrationTest;
import org.liandong.workorder.Channel;
import org.liandong.workorder.Nature;
import org.liandong.workorder.WorkOrderEvent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The read model's listener gets an outbox row only for the events its counting rules read: an intake, the platform's
 * most frequent event, costs it no publication and no transaction.
 */
@IntegrationTest
class RateReadModelPublicationsIntegrationTests {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void onlyTheEventsTheRulesReadAreStoredForTheReadModel() {
		String id = UUID.randomUUID().toString();
		Instant t = Instant.parse("2026-03-02T01:00:00Z");
		var received = new WorkOrderEvent.Received(id, "WH-P", Channel.HOTLINE, Nature.HELP, "CG-0101",
				"371002003006", t);
		var extension = new WorkOrderEvent.ExtensionRequested(id, "JRJ", t.plusSeconds(30), "parts", t.plusSeconds(20));
		var signed = new WorkOrderEvent.Signed(id, "JRJ", true, t.plusSeconds(60));
		List<String> stored = new ArrayList<>();
		transactions.executeWithoutResult(status -> {
			events.publishEvent(received);
			events.publishEvent(extension);
			events.publishEvent(signed);
			// runs after the outbox's batch (registered at the first publication), in the same transaction
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void beforeCommit(boolean readOnly) {
					stored.addAll(jdbc.sql("SELECT event_type FROM event_publication "
							+ "WHERE listener_id LIKE '%RateReadModel%' AND serialized_event LIKE :id")
						.param("id", "%" + id + "%")
						.query(String.class)
						.list());
				}
			});
		});
		assertThat(stored).containsExactly(WorkOrderEvent.Signed.class.getName());
		assertThat(EventLog.records(received)).isFalse();
		assertThat(EventLog.records(extension)).isFalse();
		assertThat(EventLog.records(signed)).isTrue();
	}
}
