package org.liandong.linkage.internal;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Request bodies of the whistle API (CONTRACT §7). The API and the pages check them with the same rules
 * ({@link WhistleRules}).
 */
final class WhistleRequests {

	private WhistleRequests() {
	}

	/** {@code unitCode} is used only when an administrator (who has no unit) blows on a unit's behalf. */
	record Blow(@NotNull String type, @Size(max = 36) String workOrderId,
			@NotBlank @Size(max = 4000) String description,
			@NotEmpty @Size(max = 50) List<@NotBlank String> summonedUnitCodes, @Size(max = 64) String unitCode) {
	}

	record Report(@NotBlank @Size(max = 64) String unitCode, @NotBlank @Size(max = 2000) String note, Double lat,
			Double lon, Integer version) {
	}

	record Close(@NotBlank @Size(max = 2000) String note, Integer version) {
	}

	record Rate(@NotBlank @Size(max = 64) String unitCode,
			@NotNull @Min(1) @Max(5) @JsonDeserialize(using = WholeNumber.class) Integer score,
			@Size(max = 2000) String comment, Integer version) {
	}

	/** An integer written as one: 3.5 (or "3") is refused instead of being cut to 3. */
	static final class WholeNumber extends ValueDeserializer<Integer> {

		@Override
		public Integer deserialize(JsonParser p, DeserializationContext ctxt) {
			if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
				return ctxt.reportInputMismatch(Integer.class, "must be a whole number");
			}
			return p.getIntValue();
		}
	}
}
