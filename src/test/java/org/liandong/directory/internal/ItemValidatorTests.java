package org.liandong.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.liandong.directory.Item;
import org.liandong.directory.internal.ItemDraft.LimitDraft;
import org.liandong.shared.InvalidRequestException.FieldError;
import org.liandong.shared.LimitMode;

class ItemValidatorTests {

	final ItemValidator validator = new ItemValidator(Set.of("CSGLJ", "UT-WATER")::contains);

	static ItemDraft draft(String unit, LimitDraft normal, Map<String, LimitDraft> extra) {
		Map<String, LimitDraft> handle = new java.util.HashMap<>(extra);
		if (normal != null) {
			handle.put("NORMAL", normal);
		}
		return new ItemDraft("CG-0101", "井盖缺失", List.of("城乡建设", "市政设施", "井盖"), "COMPLAINT", "URGENT", "d",
				List.of("井盖"), true, "DEPARTMENT", unit, List.of("UT-WATER"), LimitDraft.parse("PT2H WORKING_HOURS"),
				LimitDraft.parse("PT24H NATURAL"), handle, true, "c", true).normalized();
	}

	@Test
	void acceptsAValidItemAndBuildsItsLimits() {
		ItemDraft d = draft("CSGLJ", LimitDraft.parse("P5D WORKING_DAYS"),
				Map.of("CRITICAL", LimitDraft.parse("PT1M NATURAL")));
		assertThat(validator.validate(d)).isEmpty();
		Item item = ItemValidator.toItem(d);
		assertThat(item.limits().handle().get("NORMAL").duration()).isEqualTo(Duration.ofDays(5));
		assertThat(item.limits().handle().get("CRITICAL").mode()).isEqualTo(LimitMode.NATURAL);
		assertThat(item.limits().sign().mode()).isEqualTo(LimitMode.WORKING_HOURS);
	}

	@Test
	void reportsUnknownUnitsBadDurationsBadModesAndAMissingNormalLimit() {
		List<FieldError> errors = validator.validate(draft("NOPE", null,
				Map.of("URGENT", LimitDraft.parse("soon NATURAL"), "CRITICAL", LimitDraft.parse("PT2H FAST"),
						"LATER", LimitDraft.parse("P1D NATURAL"))));
		assertThat(errors).extracting(FieldError::field).contains("unitRule.unitCode", "limits.handle.NORMAL",
				"limits.handle.URGENT.duration", "limits.handle.CRITICAL.mode", "limits.handle.LATER");
	}

	@Test
	void requiresWholeDaysForWorkingDays() {
		assertThat(validator.validate(draft("CSGLJ", LimitDraft.parse("PT36H WORKING_DAYS"), Map.of())))
			.extracting(FieldError::field).containsExactly("limits.handle.NORMAL.duration");
	}

	@Test
	void requiresWholeSecondsAndAcceptsShortOnes() {
		List<FieldError> errors = validator.validate(draft("CSGLJ", LimitDraft.parse("PT0.5S NATURAL"),
				Map.of("URGENT", LimitDraft.parse("PT1M0.001S NATURAL"), "CRITICAL", LimitDraft.parse("PT30S NATURAL"))));
		assertThat(errors).extracting(FieldError::field)
			.containsExactlyInAnyOrder("limits.handle.NORMAL.duration", "limits.handle.URGENT.duration");
		assertThat(errors).extracting(FieldError::message).containsOnly("must be whole seconds (e.g. PT30S, PT1M)");
	}

	@Test
	void refusesLimitsLongerThanTheDeadlineEngineComputes() {
		List<FieldError> errors = validator.validate(draft("CSGLJ", LimitDraft.parse("P999999999D WORKING_DAYS"),
				Map.of("URGENT", LimitDraft.parse("PT99999999999999H NATURAL"),
						"CRITICAL", LimitDraft.parse("PT20000H WORKING_HOURS"),
						"COMPLEX", LimitDraft.parse("P1001D WORKING_DAYS"))));
		assertThat(errors).extracting(FieldError::field).containsExactlyInAnyOrder("limits.handle.NORMAL.duration",
				"limits.handle.URGENT.duration", "limits.handle.CRITICAL.duration", "limits.handle.COMPLEX.duration");
		assertThat(errors).extracting(FieldError::message).contains("must be at most P1000D for WORKING_DAYS",
				"must be at most P1000D for NATURAL", "must be at most PT8000H for WORKING_HOURS");
	}

	@Test
	void acceptsLimitsUpToTheMaximumOfTheirMode() {
		assertThat(validator.validate(draft("CSGLJ", LimitDraft.parse("P1000D WORKING_DAYS"),
				Map.of("URGENT", LimitDraft.parse("PT24000H NATURAL"),
						"CRITICAL", LimitDraft.parse("PT8000H WORKING_HOURS")))))
			.isEmpty();
	}

	@Test
	void mapsApiFieldsToCsvColumns() {
		assertThat(ItemTable.column("limits.handle.COMPLEX.mode")).isEqualTo("handle_complex");
		assertThat(ItemTable.column("limits.sign.duration")).isEqualTo("sign_limit");
		assertThat(ItemTable.column("unitRule.coUnitCodes")).isEqualTo("co_unit_codes");
		assertThat(ItemTable.column("name")).isEqualTo("name");
	}
}
