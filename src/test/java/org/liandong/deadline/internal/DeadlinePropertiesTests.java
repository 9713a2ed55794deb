package org.liandong.deadline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

/** {@code liandong.deadline.*} binds with its defaults and refuses values that would break the contract. */
class DeadlinePropertiesTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
		.withUserConfiguration(Config.class);

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(DeadlineProperties.class)
	static class Config {
	}

	@Test
	void defaultsMatchTheContract() {
		runner.run(context -> {
			DeadlineProperties p = context.getBean(DeadlineProperties.class);
			assertThat(p.warnShare()).isEqualTo(0.8);
			assertThat(p.pollInterval()).isEqualTo(Duration.ofSeconds(2));
			assertThat(p.hours().texts()).containsExactly("08:30-12:00", "13:30-17:30");
			assertThat(p.maxAttempts()).isEqualTo(5);
		});
	}

	@Test
	void aPollIntervalAboveFiveSecondsIsRefused() {
		runner.withPropertyValues("liandong.deadline.poll-interval=PT10S")
			.run(context -> assertThat(context.getStartupFailure()).hasStackTraceContaining("pollIntervalWithinContract"));
	}

	@Test
	void overlappingWorkingHoursAreRefused() {
		runner.withPropertyValues("liandong.deadline.working-hours=08:30-12:00,11:30-17:30")
			.run(context -> assertThat(context.getStartupFailure()).hasStackTraceContaining("workingHoursValid"));
	}

	@Test
	void aWarningShareOfOneIsRefused() {
		runner.withPropertyValues("liandong.deadline.warn-share=1.0")
			.run(context -> assertThat(context.getStartupFailure()).hasStackTraceContaining("warnShare"));
	}
}
