package org.liandong.intake.internal;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.liandong.intake.TriageAdvisor;
import org.liandong.workorder.WorkOrderStatus;
import org.liandong.workorder.WorkOrderSummary;

/**
 * Whether an earlier open order is probably the same request as a new one (重复件). Same caller: always a proposal.
 * Same place (the same address, within {@code meters}, or, where a side has no coordinates, the same region) and
 * text at least {@code minScore} alike: a proposal. Only orders taken in before the new one, within {@code days},
 * and still open (a merge needs an open master) are candidates.
 * <p>
 * One policy judges the candidates for one order at a time: it keeps that order's bigrams and address while the
 * candidates change. Not for sharing between threads.
 */
final class DuplicatePolicy {

	private static final Pattern NOT_IN_ADDRESS = Pattern.compile("[\\p{P}\\p{S}\\s]+");

	/** Why an order was proposed: the same caller's phone, or the same place with similar text. */
	enum Reason {
		SAME_CALLER, SAME_PLACE
	}

	/** A proposal with its score (0 to 1, higher is more alike). */
	record Verdict(Reason reason, double score) {
	}

	private final IntakeProperties.Duplicates settings;

	/** The order last judged for, with its bigrams and normalised address. */
	private WorkOrderSummary judgedFor;

	private TextSimilarity.Grams judgedGrams;

	private String judgedAddress;

	DuplicatePolicy(IntakeProperties.Duplicates settings) {
		this.settings = settings;
	}

	/**
	 * @param sameCaller whether both orders have the same caller phone
	 * @param advisorScore a text similarity from the triage advisor (0 when it has no opinion)
	 */
	Optional<Verdict> judge(WorkOrderSummary order, WorkOrderSummary candidate, boolean sameCaller,
			double advisorScore) {
		if (candidate.id().equals(order.id()) || !isOpen(candidate.status())
				|| candidate.createdAt().isAfter(order.createdAt())
				|| candidate.createdAt().isBefore(order.createdAt().minus(Duration.ofDays(settings.days())))) {
			return Optional.empty();
		}
		if (!sameCaller && !samePlace(order, candidate)) {
			return Optional.empty(); // most candidates (the street's other orders): no need to compare texts
		}
		double text = Math.max(advisorScore, grams(order).jaccard(TextSimilarity.Grams.of(candidate.content())));
		if (sameCaller) {
			return Optional.of(new Verdict(Reason.SAME_CALLER, round(0.5 + 0.5 * text)));
		}
		if (text >= settings.minScore()) {
			double bonus = order.itemCode() != null && order.itemCode().equals(candidate.itemCode()) ? 0.1 : 0;
			return Optional.of(new Verdict(Reason.SAME_PLACE, round(Math.min(1, text + bonus))));
		}
		return Optional.empty();
	}

	private TextSimilarity.Grams grams(WorkOrderSummary order) {
		remember(order);
		return judgedGrams;
	}

	private void remember(WorkOrderSummary order) {
		if (order != judgedFor) {
			judgedFor = order;
			judgedGrams = TextSimilarity.Grams.of(order.content());
			judgedAddress = normalised(order.address());
		}
	}

	boolean samePlace(WorkOrderSummary a, WorkOrderSummary b) {
		return samePlace(a, b.address(), b.lat(), b.lon(), b.regionCode());
	}

	/**
	 * Whether an order whose place is known without reading it (the triage advisor's) is of the same place as
	 * {@code a}: a candidate that is not, and not of the same caller, cannot be proposed ({@link #judge}).
	 */
	boolean samePlace(WorkOrderSummary a, TriageAdvisor.Place b) {
		return samePlace(a, b.address(), b.lat(), b.lon(), b.regionCode());
	}

	private boolean samePlace(WorkOrderSummary a, String address, Double lat, Double lon, String regionCode) {
		remember(a);
		String addressA = judgedAddress;
		if (addressA != null && addressA.equals(normalised(address))) {
			return true;
		}
		if (a.lat() != null && lat != null) {
			return Distance.meters(a.lat(), a.lon(), lat, lon) <= settings.meters();
		}
		return a.regionCode() != null && Objects.equals(a.regionCode(), regionCode)
				&& !a.regionCode().endsWith("00000000");
	}

	/** States a duplicate can still be merged into. */
	static boolean isOpen(WorkOrderStatus status) {
		return status.isOpen();
	}

	private static String normalised(String address) {
		if (address == null) {
			return null;
		}
		String a = NOT_IN_ADDRESS.matcher(address).replaceAll("");
		return a.length() < 4 ? null : a;
	}

	private static double round(double d) {
		return Math.round(d * 1000) / 1000.0;
	}
}
