package org.liandong.evaluation.internal;

import java.time.YearMonth;
import java.util.List;

import org.liandong.evaluation.RankingEntry;
import org.liandong.evaluation.RateDimension;
import org.liandong.evaluation.RateRow;
import org.springframework.stereotype.Component;

/** The content of the monthly evaluation report, shared by the Excel and PDF renderings. */
@Component
class MonthlyReport {

	/** The month's unit and street rankings and its rates by district and by item. */
	record Content(String jurisdiction, YearMonth month, List<RankingEntry> units, List<RankingEntry> streets, List<RateRow> districts,
			List<RateRow> items) {
	}

	private final Rankings rankings;
	private final org.liandong.evaluation.Evaluation evaluation;
	private final String jurisdiction;

	MonthlyReport(Rankings rankings, org.liandong.evaluation.Evaluation evaluation,
			@org.springframework.beans.factory.annotation.Value("${liandong.jurisdiction.name:}") String jurisdiction) {
		this.rankings = rankings;
		this.evaluation = evaluation;
		this.jurisdiction = jurisdiction;
	}

	Content of(YearMonth month) {
		return of(month, ExportProgress.NONE);
	}

	/** Gathers the content in four steps (unit ranking, street ranking, districts, items), reporting each. */
	Content of(YearMonth month, ExportProgress progress) {
		var range = Periods.of(month);
		progress.at(0);
		var units = rankings.monthly(month, RateDimension.UNIT);
		progress.at(25);
		var streets = rankings.monthly(month, RateDimension.STREET);
		progress.at(50);
		var districts = evaluation.rates(new org.liandong.evaluation.RateQuery(range.from(), range.to(), null, null,
				RateDimension.DISTRICT));
		progress.at(75);
		var items = evaluation.rates(new org.liandong.evaluation.RateQuery(range.from(), range.to(), null, null,
				RateDimension.ITEM));
		progress.at(100);
		return new Content(jurisdiction, month, units, streets, districts, items);
	}

	static String className(org.liandong.evaluation.RankingClass c) {
		if (c == null) {
			return "";
		}
		return switch (c) {
			case ADVANCED -> "先进";
			case IMPROVED -> "进步";
			case RECTIFY -> "整改";
			case GOVERN -> "治理";
		};
	}
}
