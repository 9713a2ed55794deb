package org.liandong.shared.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.liandong.shared.Zones;
import org.springframework.stereotype.Component;

/** Formatting helpers for pages ({@code ${@fmt.time(x)}}): instants shown in the city's time zone. */
@Component("fmt")
public class PageFormat {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Zones.CITY);

	public String time(Instant instant) {
		return instant == null ? "" : TIME.format(instant);
	}
}
