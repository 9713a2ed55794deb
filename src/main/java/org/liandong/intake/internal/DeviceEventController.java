package org.liandong.intake.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.liandong.shared.ConflictException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;

/**
 * {@code POST /api/v1/device-events} (CONTRACT §6): the source signs {@code timestamp + "\n" + body} with
 * HMAC-SHA256; a timestamp outside the window or a wrong signature is refused (401) before the body is read. The
 * same {@code eventId} again answers the first outcome (200) and changes nothing.
 */
@RestController
class DeviceEventController {

	private final DeviceEvents events;
	private final DeviceSignatures signatures;

	DeviceEventController(DeviceEvents events, DeviceSignatures signatures) {
		this.events = events;
		this.signatures = signatures;
	}

	@Operation(summary = "A device event, signed with HMAC-SHA256: an order once per (source, eventId)")
	@PostMapping(DeviceSignatures.PATH)
	@Parameter(name = "X-Timestamp", in = ParameterIn.HEADER, required = true,
			schema = @Schema(type = "string", example = "1764300000"), description = "epoch seconds, within the window")
	@Parameter(name = "X-Signature", in = ParameterIn.HEADER, required = true, schema = @Schema(type = "string"),
			description = "lower-case hex HMAC-SHA256 of timestamp + \"\\n\" + body with the source's secret")
	@Parameter(name = "X-Source", in = ParameterIn.HEADER, required = true, schema = @Schema(type = "string"),
			description = "the device source's id")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
			mediaType = "application/json", schema = @Schema(implementation = DeviceEventBody.class)))
	@ResponseStatus(HttpStatus.CREATED)
	@ApiResponse(responseCode = "200", description = "A replay of an event already taken in (replayed: true)")
	ResponseEntity<DeviceEvents.Outcome> receive(@RequestHeader(name = "X-Source", required = false) String source,
			@RequestBody(required = false) byte[] body, HttpServletRequest request) {
		byte[] payload = body == null ? new byte[0] : body;
		long seconds = signatures.verify(request, payload); // checked once, if the idempotency filter did already
		String text = new String(payload, StandardCharsets.UTF_8);
		DeviceEvents.Outcome outcome;
		try {
			outcome = events.receive(source, text, Instant.ofEpochSecond(seconds));
		}
		catch (DuplicateKeyException raced) {
			// the same event sent twice at once: the other request stored it, this one rolled back; its outcome, as
			// a repeat would get it (or, while the other has not committed yet, a conflict to retry)
			outcome = events.stored(source, text)
				.orElseThrow(() -> new ConflictException("This event is being taken in by another request; retry."));
		}
		return ResponseEntity.status(outcome.replayed() ? HttpStatus.OK : HttpStatus.CREATED).body(outcome);
	}

	/** The body as documented (it is read from the signed bytes, not bound): CONTRACT §6. */
	@Schema(name = "DeviceEvent", requiredProperties = { "eventId", "deviceId", "type", "occurredAt", "detail" })
	record DeviceEventBody(@Schema(maxLength = 200) String eventId, @Schema(maxLength = 200) String deviceId,
			@Schema(example = "WATER_LEAK", description = "FIRE_ALARM, FORCED_DOOR, OBJECT_THROWN, WATER_LEAK and "
					+ "FIRE_LANE_BLOCKED open an order (by default); other types are only logged") String type,
			Instant occurredAt, Double lat, Double lon, String address,
			@Schema(pattern = "\\d{12}") String regionCode, String detail) {
	}
}
