package org.liandong.evaluation.internal;

/**
 * Receives the progress of a report build in percent (0–100). The report builders call it after each real step
 * (a query, a sheet, a block of PDF rows); values never go down.
 */
@FunctionalInterface
interface ExportProgress {

	ExportProgress NONE = percent -> {
	};

	void at(int percent);

	/** This progress mapped onto the span {@code from}–{@code to} of a larger one. */
	default ExportProgress within(int from, int to) {
		return percent -> at(from + (to - from) * Math.max(0, Math.min(100, percent)) / 100);
	}
}
