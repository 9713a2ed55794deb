package org.liandong.directory.internal;

import java.util.List;

/**
 * The answer to an import: how many item rows were read, created, updated (rows equal to the stored item are
 * neither), and every problem by row (the header is row 1) and column. With any error nothing was written.
 */
record ImportReport(int imported, int created, int updated, List<RowError> errors) {

	/** One problem of one cell (or of the whole row when {@code column} is null). */
	record RowError(int row, String column, String message) {
	}

	boolean ok() {
		return errors.isEmpty();
	}
}
