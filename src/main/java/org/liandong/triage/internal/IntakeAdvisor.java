package org.liandong.triage.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.liandong.intake.TriageAdvisor;
import org.liandong.triage.Triage;
import org.liandong.triage.TriageSuggestion;
import org.liandong.workorder.WorkOrderStatus;
import org.springframework.stereotype.Component;

/**
 * Triage behind the intake module's seam (intake does not depend on triage; triage implements intake's interface):
 * the console's suggestion, and open orders like a new request for the duplicate check.
 */
@Component
class IntakeAdvisor implements TriageAdvisor {

	/**
	 * Orders that can still absorb a duplicate: those a merge accepts as master (not merged, not final), the states
	 * the duplicate check judges by too; being verified, revisited or shelved, an order can still take a new caller.
	 */
	private static final Set<WorkOrderStatus> OPEN = EnumSet.copyOf(java.util.Arrays.stream(WorkOrderStatus.values())
		.filter(WorkOrderStatus::isOpen)
		.toList());

	private final Triage triage;

	private final SimilarRequests similar;

	IntakeAdvisor(Triage triage, SimilarRequests similar) {
		this.triage = triage;
		this.similar = similar;
	}

	@Override
	public Optional<Suggestion> suggest(String text, String address, Double lat, Double lon) {
		if (text == null || text.isBlank() || (lat == null) != (lon == null)) {
			return Optional.empty();
		}
		TriageSuggestion s = triage.suggest(text, address, lat, lon, null);
		if (s.itemCode() == null) {
			return Optional.empty();
		}
		return Optional.of(new Suggestion(s.itemCode(), s.itemName(), s.leadUnitCode(), s.regionCode(),
				s.confidence()));
	}

	@Override
	public List<SimilarOrder> similarNear(String text, String regionCode, Double lat, Double lon, double meters,
			java.time.Instant since, int size) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return similar.similarNear(text, regionCode, lat, lon, meters, since, size, o -> OPEN.contains(o.status()))
			.stream()
			.map(s -> new SimilarOrder(s.id(), s.number(), s.title(), s.score()))
			.toList();
	}

	/** The similarity index answers a duplicate window within its neighbourhood retention in memory. */
	@Override
	public boolean scoresWholeNeighbourhood() {
		return true;
	}

	@Override
	public List<TextScore> scoresNear(String text, String regionCode, Double lat, Double lon, double meters,
			java.time.Instant since, double minScore, int size) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return similar.scoresNear(text, regionCode, lat, lon, meters, since, minScore, size)
			.stream()
			.map(hit -> new TextScore(hit.id(), hit.score(), place(hit.place())))
			.toList();
	}

	private static TriageAdvisor.Place place(SimilarityIndex.Place p) {
		return p == null ? null : new TriageAdvisor.Place(p.regionCode(), p.lat(), p.lon(), p.address());
	}

	@Override
	public List<SimilarOrder> similar(String text, String address, Double lat, Double lon, int size) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return similar.similarToText(text, null, size, o -> OPEN.contains(o.status()))
			.stream()
			.map(s -> new SimilarOrder(s.id(), s.number(), s.title(), s.score()))
			.toList();
	}
}
