package org.liandong.directory.internal;

import java.time.Duration;
import java.time.format.DateTimeParseException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A time limit as people read it, in the page's language ({@code ${@limitTexts.of(limit)}}): "2 工作小时",
 * "5 个工作日", "24 小时" (2 working hours, 5 working days, 24 hours), not the ISO-8601 duration and mode it is
 * stored as. A limit written in days is read in days (working days for WORKING_DAYS), one written with a time in
 * its largest whole unit of that time (hours, minutes).
 */
@Component("limitTexts")
public class LimitTexts {

	private final MessageSource messages;

	LimitTexts(MessageSource messages) {
		this.messages = messages;
	}

	public String of(ItemDraft.LimitDraft limit) {
		if (limit == null) {
			return "";
		}
		long seconds;
		try {
			seconds = Duration.parse(limit.duration()).getSeconds();
		}
		catch (DateTimeParseException | NullPointerException e) {
			return limit.duration() + " " + limit.mode();
		}
		String mode = limit.mode() == null ? "NATURAL" : limit.mode();
		String unit;
		long amount;
		// in days when written in days (P5D), else in the largest whole unit of the time (PT24H is 24 hours)
		if (seconds % 86_400 == 0 && !limit.duration().contains("T") && !"WORKING_HOURS".equals(mode)) {
			unit = "days";
			amount = seconds / 86_400;
		}
		else if (seconds % 3_600 == 0) {
			unit = "hours";
			amount = seconds / 3_600;
		}
		else if (seconds % 60 == 0) {
			unit = "minutes";
			amount = seconds / 60;
		}
		else {
			unit = "seconds";
			amount = seconds;
		}
		return messages.getMessage("directory.limit.text." + mode + "." + unit, new Object[] { amount },
				limit.duration() + " " + mode, LocaleContextHolder.getLocale());
	}
}
