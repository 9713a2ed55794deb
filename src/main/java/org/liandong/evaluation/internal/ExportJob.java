package org.liandong.evaluation.internal;

import java.time.Instant;

/**
 * One asynchronous export of the monthly report, as stored in {@code ev_export_job} (without the file). Public only
 * so that the page templates can read it.
 */
public record ExportJob(String id, String ownerId, ExportFormat format, String month, State state, int progress,
		String error, String fileName, Long size, Instant createdAt, Instant finishedAt, Instant expiresAt) {

	/** The life cycle of a job. */
	public enum State {
		/** Waiting for a free export worker. */
		QUEUED,
		/** Being built; {@code progress} moves from 0 to 100. */
		RUNNING,
		/** Built; the file can be downloaded until {@code expiresAt}. */
		DONE,
		/** Not built; {@code error} says why (including a restart that interrupted it). */
		FAILED
	}

	/** DONE or FAILED: nothing will change any more. */
	public boolean finished() {
		return state == State.DONE || state == State.FAILED;
	}
}
