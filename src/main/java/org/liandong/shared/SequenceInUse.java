package org.liandong.shared;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A database sequence whose values rows hold in a form of their own (a work order's number), declared by the module
 * that owns it, so that {@link EmbeddedSequences} can move the sequence past them when the embedded database has
 * come back from a killed process with it behind. Identity columns need no declaration: their values are the
 * column's.
 */
public interface SequenceInUse {

	/** The sequence's name in the database's current schema. */
	String sequence();

	/**
	 * The highest value of the sequence that stored rows hold and that a value taken next could collide with, or
	 * {@code -1} for none. Read through {@code connection} at start-up, before anything else uses the database.
	 */
	long highestInUse(Connection connection) throws SQLException;
}
