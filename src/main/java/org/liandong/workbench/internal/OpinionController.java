package org.liandong.workbench.internal;

import jakarta.validation.constraints.Size;

import org.liandong.identity.Actors;
import org.liandong.shared.web.JsonBody;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;

/** The co-unit opinion of the unit workbench, for API clients. */
@RestController
class OpinionController {

	/** The body: the opinion text (1–2000 characters). */
	@Schema(requiredProperties = "opinion")
	record OpinionBody(@Size(max = 2000) String opinion) {
	}

	private final CoUnitOpinions opinions;

	OpinionController(CoUnitOpinions opinions) {
		this.opinions = opinions;
	}

	@PostMapping("/api/v1/work-orders/{id}/opinions")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "A co-unit's opinion on a shared order, written on its timeline (OPINION) for the lead unit",
			description = "404 when the caller may not see the order, 403 when the caller is not a handler of one of "
					+ "its co-units (whatever the body), 400 for a malformed body or an empty or over-long opinion.")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
			schema = @Schema(implementation = OpinionBody.class)))
	CoUnitOpinions.Opinion give(@PathVariable String id, JsonBody body) {
		// the body is read once the order's visibility and the caller's rights are checked (404, 403, then 400)
		return opinions.give(Actors.current(), id, () -> body.parse(OpinionBody.class).opinion());
	}

}
