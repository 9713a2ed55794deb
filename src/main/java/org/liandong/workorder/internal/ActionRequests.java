package org.liandong.workorder.internal;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Bodies of the work-order actions (CONTRACT §4); every body may also carry {@code note} and {@code version}. A body
 * whose simple name another schema of the OpenAPI document has (the view's {@code Revisit}, the contact log's
 * {@code Contact}) is named {@code ...Request} there.
 */
final class ActionRequests {

	private ActionRequests() {
	}

	record Common(@Size(max = 2000) String note, Integer version) {
	}

	record Answer(@Size(max = 64) String articleId, @NotBlank @Size(max = 4000) String answer) {
	}

	record Route(@NotBlank @Size(max = 64) String leadUnitCode, @Size(max = 20) List<String> coUnitCodes,
			@Size(max = 64) String itemCode) {
	}

	@Schema(name = "ContactRequest")
	record Contact(@NotNull @Pattern(regexp = "PHONE|VISIT|SMS|OTHER", message = "must be PHONE, VISIT, SMS or OTHER") String way,
			@NotBlank @Size(max = 1000) String outcome) {
	}

	record Reason(@NotBlank @Size(max = 1000) String reason) {
	}

	record Extension(@NotNull Instant until, @NotBlank @Size(max = 1000) String reason) {
	}

	record Reply(@NotBlank @Size(max = 4000) String result, @Size(max = 10) List<String> attachments) {
	}

	record Verify(@NotNull Boolean passed, @Size(max = 10) List<String> attachments) {
	}

	@Schema(name = "RevisitRequest")
	record Revisit(Boolean reached, Boolean resolved,
			@Pattern(regexp = "SATISFIED|BASICALLY_SATISFIED|DISSATISFIED", message = "must be SATISFIED, BASICALLY_SATISFIED or DISSATISFIED") String satisfaction) {
	}

	record Shelve(@NotBlank @Size(max = 1000) String reason, @NotBlank @Size(max = 1000) String plan) {
	}

	record Merge(@NotBlank @Size(max = 64) String masterId) {
	}
}
