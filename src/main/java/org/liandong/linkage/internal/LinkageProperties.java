package org.liandong.linkage.internal;

import java.time.Duration;

import org.liandong.linkage.WhistleType;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * {@code liandong.linkage.*}: the report limit of each whistle type, in natural time (a whistle is urgent work).
 *
 * @param reportLimits {@code daily} (PT2H), {@code key-task} (PT1H), {@code emergency} (PT30M)
 */
@Validated
@ConfigurationProperties("liandong.linkage")
public record LinkageProperties(@Valid @DefaultValue ReportLimits reportLimits) {

	/** Report limits per whistle type. */
	public record ReportLimits(@NotNull @DefaultValue("PT2H") Duration daily,
			@NotNull @DefaultValue("PT1H") Duration keyTask, @NotNull @DefaultValue("PT30M") Duration emergency) {
	}

	Duration limitOf(WhistleType type) {
		return switch (type) {
			case DAILY -> reportLimits.daily();
			case KEY_TASK -> reportLimits.keyTask();
			case EMERGENCY -> reportLimits.emergency();
		};
	}
}
