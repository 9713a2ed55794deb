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
import org.springframework.web.bind.annotation.RestController;

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

	@PostMapping(DeviceSignatures.PATH)
	ResponseEntity<DeviceEvents.Outcome> receive(@RequestHeader(name = "X-Source", required = false) String source,
			@RequestHeader(name = "X-Timestamp", required = false) String timestamp,
			@RequestHeader(name = "X-Signature", required = false) String signature,
			@RequestBody(required = false) byte[] body) {
		byte[] payload = body == null ? new byte[0] : body;
		long seconds = signatures.verify(source, timestamp, signature, payload);
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
}
