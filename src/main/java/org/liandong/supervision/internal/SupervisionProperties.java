package org.liandong.supervision.internal;

import java.time.Duration;

import org.liandong.shared.LimitMode;
import org.liandong.shared.TimeLimit;
import org.liandong.supervision.SupervisionLevel;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;

/**
 * {@code liandong.supervision.*}: the deadline of a supervision order that names none, per level, measured in
 * {@code mode}; the level of supervision opened automatically by a breached deadline.
 */
@Validated
@ConfigurationProperties("liandong.supervision")
public record SupervisionProperties(@NotNull @DefaultValue("P5D") Duration normal,
		@NotNull @DefaultValue("P3D") Duration key, @NotNull @DefaultValue("P1D") Duration listed,
		@NotNull @DefaultValue("WORKING_DAYS") LimitMode mode,
		@NotNull @DefaultValue("NORMAL") SupervisionLevel automaticLevel) {

	TimeLimit limitOf(SupervisionLevel level) {
		return new TimeLimit(switch (level) {
			case NORMAL -> normal;
			case KEY -> key;
			case LISTED -> listed;
		}, mode);
	}
}
