package org.liandong.reliability;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Plain-JDBC reads of what a platform process stored, for the long suite's checks. */
final class Rows {

	private Rows() {
	}

	/** The single number a {@code count(*)} answers, with {@code ?} bound to the values in order. */
	static long count(Connection c, String sql, Object... values) throws SQLException {
		try (var st = c.prepareStatement(sql)) {
			bind(st, values);
			try (var rs = st.executeQuery()) {
				rs.next();
				return rs.getLong(1);
			}
		}
	}

	/** The first column of every row, as strings. */
	static List<String> strings(Connection c, String sql, Object... values) throws SQLException {
		List<String> found = new ArrayList<>();
		try (var st = c.prepareStatement(sql)) {
			bind(st, values);
			try (var rs = st.executeQuery()) {
				while (rs.next()) {
					found.add(rs.getString(1));
				}
			}
		}
		return found;
	}

	private static void bind(java.sql.PreparedStatement st, Object... values) throws SQLException {
		for (int i = 0; i < values.length; i++) {
			st.setObject(i + 1, values[i]);
		}
	}
}
