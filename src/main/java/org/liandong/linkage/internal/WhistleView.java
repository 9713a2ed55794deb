package org.liandong.linkage.internal;

import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

import org.liandong.workorder.SharedTexts;

/**
 * A whistle as the API shows it (CONTRACT §7): {@code reports} of the units that reported, {@code missing} the
 * summoned units that have not reported (yet), {@code ratings} given after closing, and the whistle's timeline.
 * {@code reportOverdue} tells whether the report limit has passed. Its free text is shown redacted to every reader
 * ({@link #of}).
 */
record WhistleView(String id, String type, String workOrderId, String unitCode, String description, String status,
		List<String> summonedUnitCodes, Instant reportDueAt, boolean reportOverdue, List<ReportView> reports,
		List<String> missing, List<String> late, List<RatingView> ratings, List<EntryView> timeline,
		String blownBy, Instant blownAt, Instant closedAt, String closeNote, int version) {

	record ReportView(String unitCode, Instant at, boolean late, String note, Double lat, Double lon,
			String reportedBy) {
	}

	record RatingView(String unitCode, int score, String comment, Instant at) {
	}

	record EntryView(Instant at, String actor, String action, String unitCode, String note) {
	}

	/**
	 * The whistle as every reader reads it: its free text (the description, reports, the close note, rating comments
	 * and the timeline's notes) redacted with its order's citizen ({@link SharedTexts}); it reaches every summoned
	 * unit and whoever oversees them, not only those who read the order's citizen in full.
	 */
	static WhistleView of(Whistle w, List<Whistle.Entry> timeline, Instant now, SharedTexts texts) {
		var summons = w.summons();
		UnaryOperator<String> shown = text -> texts.redact(w.workOrderId(), text);
		return new WhistleView(w.id(), w.type().name(), w.workOrderId(), w.unitCode(), shown.apply(w.description()),
				w.status(),
				summons.stream().map(Whistle.Summons::unitCode).toList(), w.reportDueAt(),
				now.isAfter(w.reportDueAt()),
				summons.stream()
					.filter(Whistle.Summons::reported)
					.sorted(java.util.Comparator.comparing(Whistle.Summons::reportedAt))
					.map(s -> new ReportView(s.unitCode(), s.reportedAt(), s.late(), shown.apply(s.note()), s.lat(), s.lon(),
							s.reportedBy()))
					.toList(),
				summons.stream().filter(s -> !s.reported()).map(Whistle.Summons::unitCode).toList(),
				summons.stream().filter(Whistle.Summons::late).map(Whistle.Summons::unitCode).toList(),
				summons.stream()
					.filter(s -> s.score() != null)
					.map(s -> new RatingView(s.unitCode(), s.score(), shown.apply(s.ratingComment()),
							s.ratedAt()))
					.toList(),
				timeline.stream().map(e -> new EntryView(e.at(), e.actor(), e.action(), e.unitCode(), shown.apply(e.note())))
					.toList(),
				w.blownBy(), w.blownAt(), w.closedAt(), shown.apply(w.closeNote()), w.version());
	}
}
