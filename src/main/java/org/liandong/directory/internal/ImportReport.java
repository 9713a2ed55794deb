package org.liandong.directory.internal;

import java.util.List;

/**
 * The answer to an import: how many item rows were read, how many were imported (all of them, or none when any row
 * is wrong), created and updated (rows equal to the stored item are neither), and every problem by row (the header
 * is row 1) and column. With any error nothing was written, and {@code imported}, {@code created} and
 * {@code updated} are 0.
 */
record ImportReport(int rows, int imported, int created, int updated, List<RowError> errors) {

	/** One problem of one cell (or of the whole row, or the whole file, when {@code column} is null). */
	record RowError(int row, String column, String message) {
	}

	/** A refused import: the rows read and their errors; nothing imported. */
	static ImportReport refused(int rows, List<RowError> errors) {
		return new ImportReport(rows, 0, 0, 0, errors);
	}

	boolean ok() {
		return errors.isEmpty();
	}
}
