package org.liandong.deadline.internal;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** The working periods of one working day, ordered and non-overlapping, e.g. 08:30–12:00 and 13:30–17:30. */
public record WorkingHours(List<Period> periods) {

	public WorkingHours {
		periods = List.copyOf(periods);
		if (periods.isEmpty()) {
			throw new IllegalArgumentException("At least one working period is needed");
		}
		for (int i = 1; i < periods.size(); i++) {
			if (periods.get(i).start().isBefore(periods.get(i - 1).end())) {
				throw new IllegalArgumentException("Working periods must be ordered and must not overlap: " + periods);
			}
		}
	}

	/** Parses {@code ["08:30-12:00", "13:30-17:30"]}. */
	public static WorkingHours parse(List<String> texts) {
		if (texts == null) {
			throw new IllegalArgumentException("No working hours");
		}
		List<Period> periods = new ArrayList<>();
		for (String text : texts) {
			String[] parts = text.strip().split("-");
			if (parts.length != 2) {
				throw new IllegalArgumentException("Expected HH:mm-HH:mm: " + text);
			}
			try {
				periods.add(new Period(LocalTime.parse(parts[0].strip()), LocalTime.parse(parts[1].strip())));
			}
			catch (DateTimeParseException e) {
				throw new IllegalArgumentException("Expected HH:mm-HH:mm: " + text, e);
			}
		}
		return new WorkingHours(periods);
	}

	/** Working time of one whole working day. */
	public Duration perDay() {
		return periods.stream().map(Period::length).reduce(Duration.ZERO, Duration::plus);
	}

	public List<String> texts() {
		return periods.stream().map(Period::toString).toList();
	}

	/** One working period {@code [start, end)} of a day. */
	public record Period(LocalTime start, LocalTime end) {

		public Period {
			if (!start.isBefore(end)) {
				throw new IllegalArgumentException("A working period must end after it starts: " + start + "-" + end);
			}
		}

		Duration length() {
			return Duration.between(start, end);
		}

		@Override
		public String toString() {
			return start + "-" + end;
		}
	}
}
