package org.liandong.shared;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import tools.jackson.databind.json.JsonMapper;

/**
 * The event publication registry (the outbox) without its "processing" mark: Spring Modulith 2 sets a publication's
 * status to {@code PROCESSING} in the database when its listener starts, one UPDATE per listener of every event,
 * so that stale ones can be found. The platform does not monitor staleness (an incomplete publication, whatever its
 * status, is republished at restart), and on the intake path that UPDATE was the database's costliest statement
 * (docs/adr/0005). And an event stored for several listeners is serialised once, and the publications a
 * transaction stores are inserted together, in one JDBC batch just before it commits, rather than one statement
 * (and one round trip) each as they are published. Completed publications (completion mode {@code delete}) are
 * deleted together a moment later ({@link DeferredDeletes}), not one statement and commit per listener. Everything
 * else is the repository's own.
 */
@Configuration(proxyBeanMethods = false)
class EventPublicationConfiguration {

	@Bean
	static BeanPostProcessor eventPublicationsWithoutProcessingMark(ObjectProvider<JdbcOperations> jdbc,
			ObjectProvider<EventSerializer> serializer, ObjectProvider<DeferredDeletes> deletes) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				return bean instanceof EventPublicationRepository repository
						&& !(bean instanceof WithoutProcessingMark)
								? new WithoutProcessingMark(repository, new BatchedInserts(jdbc, serializer), deletes)
								: bean;
			}
		};
	}

	/** Present where completed publications are deleted (Spring Modulith's completion mode {@code delete}). */
	@Bean
	@ConditionalOnProperty(name = "spring.modulith.events.completion-mode", havingValue = "delete")
	DeferredDeletes deferredPublicationDeletes(JdbcOperations jdbc) {
		return new DeferredDeletes(jdbc, DeferredDeletes.LINGER);
	}

	/**
	 * Completed publications, deleted together by one thread a moment after their listeners completed: one statement
	 * (and one commit) for all the completions of that moment instead of one per listener, each its own commit, on
	 * every intake. The completion was never in the listener's transaction (Spring Modulith registers it after the
	 * listener's transaction committed, in a statement of its own), so a crash between the two has always meant a
	 * second delivery at the restart, which every listener must take (they are idempotent); the moment's delay only
	 * widens that window. Where a deletion fails, the publications stay incomplete and are delivered again, once
	 * taken for lost ({@link EventRetries}, docs/adr/0012) or at the next start. Closing the context deletes what is pending before the data source closes (this bean depends on
	 * it). docs/adr/0005.
	 */
	static final class DeferredDeletes implements DisposableBean {

		private static final Logger LOG = LoggerFactory.getLogger(DeferredDeletes.class);

		/** How long the thread waits after the first completion for more to delete with it. */
		static final Duration LINGER = Duration.ofMillis(20);

		/** Ids per statement (the repository's own chunk size for its deletions). */
		private static final int CHUNK = 100;

		private final JdbcOperations jdbc;

		private final Batches<UUID> completed;

		DeferredDeletes(JdbcOperations jdbc, Duration linger) {
			this.jdbc = jdbc;
			// (where a deletion fails, the publications stay incomplete: delivered again once taken for lost, or at
			// the next start; listeners are idempotent)
			this.completed = new Batches<>("outbox-deletes", linger, this::delete,
					ex -> LOG.warn("Could not delete completed event publications: {}", ex.toString()));
		}

		void add(UUID identifier) {
			completed.add(identifier);
		}

		/** Deletes the given publications now, in statements of at most {@link #CHUNK} ids each. */
		void delete(List<UUID> ids) {
			for (int from = 0; from < ids.size(); from += CHUNK) {
				List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
				jdbc.update("DELETE FROM event_publication WHERE id IN ("
						+ String.join(", ", java.util.Collections.nCopies(chunk.size(), "?")) + ")", chunk.toArray());
			}
		}

		/** Deletes what is pending now, on the caller's thread (the context's close; tests). */
		void flush() {
			completed.flush();
		}

		@Override
		public void destroy() {
			try {
				completed.close();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			catch (RuntimeException ex) {
				LOG.warn("Could not delete completed event publications at close: {}", ex.toString());
			}
		}
	}

	@Bean
	static BeanPostProcessor eventSerializedOncePerEvent(ObjectProvider<JsonMapper> mapper) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				return bean instanceof EventSerializer serializer && !(bean instanceof OncePerEvent)
						? new OncePerEvent(serializer, mapper) : bean;
			}
		};
	}

	/**
	 * The event serializer, remembering on each thread the last event it serialised: the registry stores an event
	 * once per listener, one after the other on the publishing thread, and serialised it each time. Events are
	 * immutable records, so the same event gives the same JSON. And it writes with the application's JSON mapper,
	 * looked up once: Spring Modulith's serializer asks the bean factory for the mapper on every event (resolving
	 * the dependency anew each time, 1–2 % of an intake's CPU); without a mapper bean it serialises as Spring
	 * Modulith does.
	 */
	static final class OncePerEvent implements EventSerializer {

		private final EventSerializer delegate;

		private final ObjectProvider<JsonMapper> mappers;

		/** The application's mapper, looked up at the first event (the post-processor exists before it). */
		private volatile Optional<JsonMapper> mapper;

		private final ThreadLocal<Object[]> last = ThreadLocal.withInitial(() -> new Object[2]);

		OncePerEvent(EventSerializer delegate, ObjectProvider<JsonMapper> mappers) {
			this.delegate = delegate;
			this.mappers = mappers;
		}

		@Override
		public Object serialize(Object event) {
			Object[] known = last.get();
			if (known[0] != event) {
				Optional<JsonMapper> m = mapper;
				if (m == null) {
					mapper = m = Optional.ofNullable(mappers.getIfAvailable());
				}
				known[1] = m.isPresent() ? m.get().writeValueAsString(event) : delegate.serialize(event);
				known[0] = event;
			}
			return known[1];
		}

		@Override
		public <T> T deserialize(Object serialized, Class<T> type) {
			return delegate.deserialize(serialized, type);
		}
	}

	/**
	 * The publications of the current transaction, inserted in one batch before it commits. The statement is the
	 * repository's own insert ({@code JdbcEventPublicationRepositoryV2}, schema version 2, table
	 * {@code event_publication} of migration V1_0_1), so that the rows are exactly what it would have written;
	 * {@code EventPublicationIntegrationTests} reads them back through the repository.
	 */
	static final class BatchedInserts {

		private static final Logger LOG = LoggerFactory.getLogger(BatchedInserts.class);

		static final String INSERT = "INSERT INTO event_publication (id, event_type, listener_id, publication_date, "
				+ "serialized_event, status, completion_attempts, last_resubmission_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

		private final ObjectProvider<JdbcOperations> jdbcProvider;
		private final ObjectProvider<EventSerializer> serializerProvider;

		/** Looked up at the first commit (the bean post-processor exists before them), then kept. */
		private volatile JdbcOperations jdbc;
		private volatile EventSerializer serializer;

		BatchedInserts(ObjectProvider<JdbcOperations> jdbc, ObjectProvider<EventSerializer> serializer) {
			this.jdbcProvider = jdbc;
			this.serializerProvider = serializer;
		}

		private JdbcOperations jdbc() {
			JdbcOperations j = jdbc;
			return j != null ? j : (jdbc = jdbcProvider.getObject());
		}

		private EventSerializer serializer() {
			EventSerializer s = serializer;
			return s != null ? s : (serializer = serializerProvider.getObject());
		}

		/**
		 * Takes a publication into the current transaction's batch; false where there is no transaction to wait for
		 * (or its batch has already been written), and the caller inserts it itself.
		 */
		boolean add(TargetEventPublication publication) {
			if (!TransactionSynchronizationManager.isActualTransactionActive()
					|| !TransactionSynchronizationManager.isSynchronizationActive()) {
				return false;
			}
			Batch batch = (Batch) TransactionSynchronizationManager.getResource(this);
			if (batch == null) {
				batch = new Batch();
				TransactionSynchronizationManager.bindResource(this, batch);
				TransactionSynchronizationManager.registerSynchronization(batch);
			}
			if (batch.written) {
				return false;
			}
			batch.publications.add(publication);
			return true;
		}

		private final class Batch implements TransactionSynchronization {

			final List<TargetEventPublication> publications = new ArrayList<>();

			boolean written;

			/** Within the transaction: a failed insert rolls it back, as it would have where it was published. */
			@Override
			public void beforeCommit(boolean readOnly) {
				written = true;
				if (publications.isEmpty()) {
					return;
				}
				EventSerializer events = serializer();
				List<Object[]> rows = new ArrayList<>(publications.size());
				for (TargetEventPublication p : publications) {
					Timestamp published = Timestamp.from(p.getPublicationDate());
					rows.add(new Object[] { p.getIdentifier(), p.getEvent().getClass().getName(),
							p.getTargetIdentifier().getValue(), published, events.serialize(p.getEvent()).toString(),
							p.getStatus().name(), 1, published });
				}
				jdbc().batchUpdate(INSERT, rows);
			}

			@Override
			public void afterCompletion(int status) {
				TransactionSynchronizationManager.unbindResourceIfPossible(BatchedInserts.this);
				if (status == STATUS_COMMITTED && !written && !publications.isEmpty()) {
					// published after the commit had begun (in an afterCommit callback): a statement there would not
					// have been committed either (see TransactionSynchronization#afterCommit); say so, loudly
					LOG.error("{} event publication(s) stored after their transaction committed were not written: {}",
							publications.size(), publications.stream().map(p -> p.getEvent().getClass().getName())
								.distinct()
								.toList());
				}
			}
		}
	}

	/**
	 * The repository, with {@link #markProcessing} doing nothing, inserts batched per transaction and, in completion
	 * mode {@code delete}, completions deleted together a moment later.
	 */
	static final class WithoutProcessingMark implements EventPublicationRepository {

		private final EventPublicationRepository delegate;
		private final BatchedInserts inserts;
		private final ObjectProvider<DeferredDeletes> deletesProvider;

		/** Looked up at the first completion, then kept (empty: completions are the repository's own). */
		private volatile Optional<DeferredDeletes> deletes;

		WithoutProcessingMark(EventPublicationRepository delegate, BatchedInserts inserts,
				ObjectProvider<DeferredDeletes> deletes) {
			this.delegate = delegate;
			this.inserts = inserts;
			this.deletesProvider = deletes;
		}

		private Optional<DeferredDeletes> deletes() {
			Optional<DeferredDeletes> d = deletes;
			return d != null ? d : (deletes = Optional.ofNullable(deletesProvider.getIfAvailable()));
		}

		/** Not stored: a publication stays {@code PUBLISHED} until it is completed (deleted) or failed. */
		@Override
		public void markProcessing(UUID identifier) {
		}

		@Override
		public TargetEventPublication create(TargetEventPublication publication) {
			return inserts.add(publication) ? publication : delegate.create(publication);
		}

		@Override
		public void markCompleted(TargetEventPublication publication, Instant completionDate) {
			deletes().ifPresentOrElse(d -> d.add(publication.getIdentifier()),
					() -> delegate.markCompleted(publication, completionDate));
		}

		@Override
		public void markCompleted(Object event, PublicationTargetIdentifier identifier, Instant completionDate) {
			delegate.markCompleted(event, identifier, completionDate);
		}

		@Override
		public void markCompleted(UUID identifier, Instant completionDate) {
			deletes().ifPresentOrElse(d -> d.add(identifier), () -> delegate.markCompleted(identifier, completionDate));
		}

		@Override
		public void markFailed(UUID identifier) {
			delegate.markFailed(identifier);
		}

		@Override
		public boolean markResubmitted(UUID identifier, Instant resubmissionDate) {
			return delegate.markResubmitted(identifier, resubmissionDate);
		}

		@Override
		public List<TargetEventPublication> findIncompletePublications() {
			return delegate.findIncompletePublications();
		}

		@Override
		public List<TargetEventPublication> findIncompletePublicationsPublishedBefore(Instant instant) {
			return delegate.findIncompletePublicationsPublishedBefore(instant);
		}

		@Override
		public Optional<TargetEventPublication> findIncompletePublicationsByEventAndTargetIdentifier(Object event,
				PublicationTargetIdentifier targetIdentifier) {
			return delegate.findIncompletePublicationsByEventAndTargetIdentifier(event, targetIdentifier);
		}

		@Override
		public List<TargetEventPublication> findCompletedPublications() {
			return delegate.findCompletedPublications();
		}

		@Override
		public void deletePublications(List<UUID> identifiers) {
			delegate.deletePublications(identifiers);
		}

		@Override
		public void deleteCompletedPublications() {
			delegate.deleteCompletedPublications();
		}

		@Override
		public void deleteCompletedPublicationsBefore(Instant instant) {
			delegate.deleteCompletedPublicationsBefore(instant);
		}

		@Override
		public List<TargetEventPublication> findFailedPublications(FailedCriteria criteria) {
			return delegate.findFailedPublications(criteria);
		}

		@Override
		public List<TargetEventPublication> findByStatus(EventPublication.Status status) {
			return delegate.findByStatus(status);
		}

		@Override
		public int countByStatus(EventPublication.Status status) {
			return delegate.countByStatus(status);
		}
	}
}
