package org.liandong.shared;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;

/**
 * The event publication registry (the outbox) without its "processing" mark: Spring Modulith 2 sets a publication's
 * status to {@code PROCESSING} in the database when its listener starts, one UPDATE per listener of every event,
 * so that stale ones can be found. The platform does not monitor staleness (an incomplete publication, whatever its
 * status, is republished at restart), and on the intake path that UPDATE was the database's costliest statement
 * (docs/adr/0005). Everything else is the repository's own. And an event stored for several listeners is
 * serialised once.
 */
@Configuration(proxyBeanMethods = false)
class EventPublicationConfiguration {

	@Bean
	static BeanPostProcessor eventPublicationsWithoutProcessingMark() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				return bean instanceof EventPublicationRepository repository
						&& !(bean instanceof WithoutProcessingMark) ? new WithoutProcessingMark(repository) : bean;
			}
		};
	}

	@Bean
	static BeanPostProcessor eventSerializedOncePerEvent() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				return bean instanceof EventSerializer serializer && !(bean instanceof OncePerEvent)
						? new OncePerEvent(serializer) : bean;
			}
		};
	}

	/**
	 * The event serializer, remembering on each thread the last event it serialised: the registry stores an event
	 * once per listener, one after the other on the publishing thread, and serialised it each time (looking up the
	 * JSON mapper bean every time, too). Events are immutable records, so the same event gives the same JSON.
	 */
	static final class OncePerEvent implements EventSerializer {

		private final EventSerializer delegate;

		private final ThreadLocal<Object[]> last = ThreadLocal.withInitial(() -> new Object[2]);

		OncePerEvent(EventSerializer delegate) {
			this.delegate = delegate;
		}

		@Override
		public Object serialize(Object event) {
			Object[] known = last.get();
			if (known[0] != event) {
				known[1] = delegate.serialize(event);
				known[0] = event;
			}
			return known[1];
		}

		@Override
		public <T> T deserialize(Object serialized, Class<T> type) {
			return delegate.deserialize(serialized, type);
		}
	}

	/** The repository, with {@link #markProcessing} doing nothing. */
	static final class WithoutProcessingMark implements EventPublicationRepository {

		private final EventPublicationRepository delegate;

		WithoutProcessingMark(EventPublicationRepository delegate) {
			this.delegate = delegate;
		}

		/** Not stored: a publication stays {@code PUBLISHED} until it is completed (deleted) or failed. */
		@Override
		public void markProcessing(UUID identifier) {
		}

		@Override
		public TargetEventPublication create(TargetEventPublication publication) {
			return delegate.create(publication);
		}

		@Override
		public void markCompleted(TargetEventPublication publication, Instant completionDate) {
			delegate.markCompleted(publication, completionDate);
		}

		@Override
		public void markCompleted(Object event, PublicationTargetIdentifier identifier, Instant completionDate) {
			delegate.markCompleted(event, identifier, completionDate);
		}

		@Override
		public void markCompleted(UUID identifier, Instant completionDate) {
			delegate.markCompleted(identifier, completionDate);
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
