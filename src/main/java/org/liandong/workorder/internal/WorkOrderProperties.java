package org.liandong.workorder.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.liandong.shared.TimeLimit;
import org.liandong.shared.Zones;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/**
 * {@code liandong.workorder.*}: number prefix, how often an order may be reopened, how many failed revisit attempts
 * close it as unreachable, and the limits of orders that have no responsibility item yet.
 */
@Validated
@ConfigurationProperties("liandong.workorder")
record WorkOrderProperties(@NotBlank String numberPrefix, @Min(0) int maxReopens, @Min(1) int maxRevisitAttempts,
		@Valid @NotNull DefaultLimits defaultLimits) {

	/** What every number taken at {@code at} starts with: the prefix and the city date; the sequence's value follows. */
	String numberStart(Instant at) {
		return numberPrefix + Zones.cityDate(at).format(DateTimeFormatter.BASIC_ISO_DATE);
	}

	/** Limits for orders without an item: sign, response, and handling per urgency name. */
	record DefaultLimits(@NotNull TimeLimit sign, @NotNull TimeLimit response,
			@NotEmpty Map<String, TimeLimit> handle) {
	}
}
