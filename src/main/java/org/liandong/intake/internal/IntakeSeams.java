package org.liandong.intake.internal;

import java.util.List;
import java.util.Optional;

import org.liandong.intake.SmsSender;
import org.liandong.intake.TriageAdvisor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The replaceable collaborators: a {@link SmsSender} or {@link TriageAdvisor} bean from another module wins; without
 * one, the logging sender and an advisor without opinions. Not beans themselves, so that a replacement does not
 * make injection ambiguous.
 */
@Component
class IntakeSeams {

	private static final TriageAdvisor NO_ADVICE = new TriageAdvisor() {

		@Override
		public Optional<Suggestion> suggest(String text, String address, Double lat, Double lon) {
			return Optional.empty();
		}

		@Override
		public List<SimilarOrder> similar(String text, String address, Double lat, Double lon, int size) {
			return List.of();
		}
	};

	private final ObjectProvider<SmsSender> senders;
	private final ObjectProvider<TriageAdvisor> advisors;
	private final SmsSender logging = new LoggingSmsSender();

	IntakeSeams(ObjectProvider<SmsSender> senders, ObjectProvider<TriageAdvisor> advisors) {
		this.senders = senders;
		this.advisors = advisors;
	}

	/** Resolved at first use and kept: looking the bean up on every call cost a per cent of an intake's CPU. */
	private volatile SmsSender sender;

	private volatile TriageAdvisor advisor;

	SmsSender sms() {
		SmsSender s = sender;
		if (s == null) {
			sender = s = senders.getIfUnique(() -> logging);
		}
		return s;
	}

	TriageAdvisor triage() {
		TriageAdvisor a = advisor;
		if (a == null) {
			advisor = a = advisors.getIfUnique(() -> NO_ADVICE);
		}
		return a;
	}
}
