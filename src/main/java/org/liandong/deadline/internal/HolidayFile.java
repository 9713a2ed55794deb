package org.liandong.deadline.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads {@code data/calendar/cn-holidays.csv}: one row per date a State Council notice names, with the columns
 * {@code date}, {@code is_off_day} and {@code name} (others are ignored; see the README beside the file).
 */
final class HolidayFile {

	static final String LOCATION = "data/calendar/cn-holidays.csv";

	private HolidayFile() {
	}

	static List<CalendarDay> readClasspath() {
		InputStream in = HolidayFile.class.getClassLoader().getResourceAsStream(LOCATION);
		if (in == null) {
			throw new IllegalStateException("Missing classpath resource " + LOCATION);
		}
		try (in) {
			return read(in);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static List<CalendarDay> read(InputStream in) throws IOException {
		BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
		String header = reader.readLine();
		if (header == null) {
			return List.of();
		}
		List<String> columns = Arrays.asList(header.replace("\uFEFF", "").strip().split(","));
		int date = column(columns, "date");
		int offDay = column(columns, "is_off_day");
		int name = column(columns, "name");
		List<CalendarDay> days = new ArrayList<>();
		String line;
		int number = 1;
		while ((line = reader.readLine()) != null) {
			number++;
			if (line.isBlank()) {
				continue;
			}
			String[] cells = line.split(",", -1);
			try {
				String off = cells[offDay].strip();
				if (!off.equals("true") && !off.equals("false")) {
					throw new IllegalArgumentException("is_off_day must be true or false: " + off);
				}
				String label = cells[name].strip();
				days.add(new CalendarDay(LocalDate.parse(cells[date].strip()), Boolean.parseBoolean(off),
						label.isEmpty() ? null : label, CalendarDay.SOURCE_NOTICE));
			}
			catch (RuntimeException e) {
				throw new IllegalArgumentException("Bad holiday row " + number + ": " + line, e);
			}
		}
		return days;
	}

	private static int column(List<String> columns, String name) {
		int index = columns.indexOf(name);
		if (index < 0) {
			throw new IllegalArgumentException("The holiday file has no column " + name);
		}
		return index;
	}
}
