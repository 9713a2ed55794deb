package org.liandong.deadline.internal;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * {@code liandong.deadline.*}: how deadlines warn and how the poller runs (see {@code docs/deadlines.md}).
 *
 * @param warnShare share of a limit, measured in its mode, at which the warning fires (exclusive 0–1)
 * @param pollInterval pause between two polls; at most 5 seconds by contract
 * @param workingHours the working periods of a working day, {@code HH:mm-HH:mm}, in Asia/Shanghai
 * @param batchSize how many due rows one poll fires at most (the next poll takes the rest)
 * @param maxAttempts failed firings after which a row is parked as DEAD
 * @param retryBackoff pause after the first failure; doubled after each further failure
 * @param calendarCheckInterval how often an instance checks whether another one edited the calendar
 */
@Validated
@ConfigurationProperties("liandong.deadline")
public record DeadlineProperties(
		@DecimalMin(value = "0.0", inclusive = false) @DecimalMax(value = "1.0", inclusive = false)
		@DefaultValue("0.8") double warnShare,
		@NotNull @DefaultValue("PT2S") Duration pollInterval,
		@NotEmpty @DefaultValue({ "08:30-12:00", "13:30-17:30" })
		List<@Pattern(regexp = "\\d{2}:\\d{2}-\\d{2}:\\d{2}") String> workingHours,
		@Min(1) @Max(1000) @DefaultValue("50") int batchSize,
		@Min(1) @DefaultValue("5") int maxAttempts,
		@NotNull @DefaultValue("PT30S") Duration retryBackoff,
		@NotNull @DefaultValue("PT10S") Duration calendarCheckInterval) {

	@AssertTrue(message = "must be positive and at most PT5S")
	public boolean isPollIntervalWithinContract() {
		return pollInterval == null || (!pollInterval.isNegative() && !pollInterval.isZero()
				&& pollInterval.compareTo(Duration.ofSeconds(5)) <= 0);
	}

	@AssertTrue(message = "must be ordered, non-overlapping HH:mm-HH:mm periods within one day")
	public boolean isWorkingHoursValid() {
		try {
			WorkingHours.parse(workingHours);
			return true;
		}
		catch (RuntimeException e) {
			return workingHours == null;
		}
	}

	/** The parsed working periods. */
	public WorkingHours hours() {
		return WorkingHours.parse(workingHours);
	}
}
