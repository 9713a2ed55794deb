package org.liandong.shared;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * On the embedded H2 database, at every start, once the migrations have run and before anything else uses the
 * database: every identity column's next value, and every {@link SequenceInUse declared sequence}'s, is moved past
 * the values rows already hold, where it is not past them already.
 * <p>
 * H2 (2.5.252) keeps a sequence's value apart from the transactions that take values from it, and after its process
 * was killed it can come back with the value behind values that committed rows hold: seen in the crash test as a 409
 * for the first intake after the restart (its timeline entry's id was taken), and reproduced outside the platform as
 * an identity column's next value more than 120 below the column's highest after one kill in 80 (docs/adr/0009).
 * Every insert of such a value then fails, until the sequence has passed them all. The platform has since moved to
 * H2 2.3.232 (docs/adr/0010), which showed none in 80 kills; this stays as a guard. PostgreSQL's sequences are
 * written ahead in its log and come back past every value handed out: nothing is done there.
 */
@Component
class EmbeddedSequences implements Callback {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedSequences.class);

	private final ObjectProvider<SequenceInUse> declared;

	EmbeddedSequences(ObjectProvider<SequenceInUse> declared) {
		this.declared = declared;
	}

	@Override
	public boolean supports(Event event, Context context) {
		return event == Event.AFTER_MIGRATE;
	}

	@Override
	public boolean canHandleInTransaction(Event event, Context context) {
		return true;
	}

	@Override
	public void handle(Event event, Context context) {
		try {
			align(context.getConnection(), declared.orderedStream().toList());
		}
		catch (SQLException e) {
			throw new IllegalStateException("Could not check the embedded database's sequences", e);
		}
	}

	@Override
	public String getCallbackName() {
		return "liandong-embedded-sequences";
	}

	/**
	 * Moves each identity column of the current schema, and each of {@code sequences}, past the highest value its
	 * rows hold, on H2 only; the names of those moved, with their values before and after.
	 */
	static List<String> align(Connection connection, List<SequenceInUse> sequences) throws SQLException {
		List<String> moved = new ArrayList<>();
		if (!"H2".equals(connection.getMetaData().getDatabaseProductName())) {
			return moved;
		}
		List<String[]> identities = new ArrayList<>();
		try (Statement st = connection.createStatement();
				ResultSet rs = st.executeQuery("SELECT table_name, column_name, identity_base FROM "
						+ "information_schema.columns WHERE table_schema = CURRENT_SCHEMA AND is_identity = 'YES'")) {
			while (rs.next()) {
				identities.add(new String[] { rs.getString(1), rs.getString(2), Long.toString(rs.getLong(3)) });
			}
		}
		for (String[] identity : identities) {
			String table = quoted(identity[0]);
			String column = quoted(identity[1]);
			long next = Long.parseLong(identity[2]);
			long highest = single(connection, "SELECT COALESCE(MAX(" + column + "), -1) FROM " + table);
			if (next <= highest) {
				execute(connection, "ALTER TABLE " + table + " ALTER COLUMN " + column + " RESTART WITH " + (highest + 1));
				moved.add(note(identity[0] + "." + identity[1], next, highest));
			}
		}
		for (SequenceInUse sequence : sequences) {
			long highest = sequence.highestInUse(connection);
			long next;
			try (PreparedStatement st = connection.prepareStatement("SELECT base_value FROM information_schema.sequences "
					+ "WHERE sequence_schema = CURRENT_SCHEMA AND sequence_name = ?")) {
				st.setString(1, sequence.sequence());
				try (ResultSet rs = st.executeQuery()) {
					if (!rs.next()) {
						throw new IllegalStateException("No sequence " + sequence.sequence());
					}
					next = rs.getLong(1);
				}
			}
			if (next <= highest) {
				execute(connection, "ALTER SEQUENCE " + quoted(sequence.sequence()) + " RESTART WITH " + (highest + 1));
				moved.add(note(sequence.sequence(), next, highest));
			}
		}
		return moved;
	}

	private static String note(String name, long next, long highest) {
		String note = name + ": " + next + " -> " + (highest + 1);
		log.warn("The embedded database came back with the sequence of {} at {}, at or below the highest value its rows "
				+ "hold ({}), as after a killed process: moved to {}", name, next, highest, highest + 1);
		return note;
	}

	private static long single(Connection connection, String sql) throws SQLException {
		try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private static void execute(Connection connection, String sql) throws SQLException {
		try (Statement st = connection.createStatement()) {
			st.execute(sql);
		}
	}

	private static String quoted(String identifier) {
		return '"' + identifier.replace("\"", "\"\"") + '"';
	}
}
