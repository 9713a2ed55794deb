package org.liandong.workorder.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;

import org.liandong.shared.SequenceInUse;
import org.springframework.stereotype.Component;

/**
 * The work-order number sequence's values that today's orders hold: a number is the prefix, the city date and the
 * sequence's value ({@link WorkOrderService#receive}), so the next value may collide only with a number of the same
 * prefix and date. Read with the connection it is given, before the application's own data access exists.
 */
@Component
class NumbersInUse implements SequenceInUse {

	private final WorkOrderProperties properties;

	private final Clock clock;

	NumbersInUse(WorkOrderProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public String sequence() {
		return "wo_number_seq";
	}

	@Override
	public long highestInUse(Connection connection) throws SQLException {
		String prefix = properties.numberStart(clock.instant());
		long highest = -1;
		// the unique index on the number, read from the prefix on
		try (PreparedStatement st = connection
			.prepareStatement("SELECT number FROM wo_order WHERE number LIKE ? ESCAPE '!'")) {
			st.setString(1, prefix.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
			try (ResultSet rs = st.executeQuery()) {
				while (rs.next()) {
					highest = Math.max(highest, suffix(rs.getString(1), prefix.length()));
				}
			}
		}
		return highest;
	}

	/** The sequence's value in a number, or -1 for a number that does not end in one. */
	static long suffix(String number, int from) {
		String digits = number.substring(from);
		if (digits.isEmpty() || digits.length() > 18 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
			return -1;
		}
		return Long.parseLong(digits);
	}
}
