package org.liandong.intake.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.liandong.shared.ConflictException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code POST /api/v1/device-events} (CONTRACT §6): the source signs {@code timestamp + "\n" + body} with
 * HMAC-SHA256; a timestamp outside the window or a wrong signature is refused (401) before the body is read. The
 * same {@code eventId} again answers the first outcome (200) and changes nothing.
 */
@RestController
class DeviceEventController {

	private final DeviceEvents events;
	private final IntakeProperties properties;
	private final Clock clock;

	DeviceEventController(DeviceEvents events, IntakeProperties properties, Clock clock) {
		this.events = events;
		this.properties = properties;
		this.clock = clock;
	}

	@PostMapping("/api/v1/device-events")
	ResponseEntity<DeviceEvents.Outcome> receive(@RequestHeader(name = "X-Source", required = false) String source,
			@RequestHeader(name = "X-Timestamp", required = false) String timestamp,
			@RequestHeader(name = "X-Signature", required = false) String signature,
			@RequestBody(required = false) byte[] body) {
		if (source == null || timestamp == null || signature == null) {
			throw unauthorized("X-Source, X-Timestamp and X-Signature are required.");
		}
		String secret = events.secretOf(source).orElseThrow(() -> unauthorized("Unknown device source."));
		long seconds;
		try {
			seconds = Long.parseLong(timestamp.strip());
		}
		catch (NumberFormatException e) {
			throw unauthorized("X-Timestamp must be epoch seconds.");
		}
		long skew = Math.abs(clock.instant().getEpochSecond() - seconds);
		if (skew > properties.devices().window().toSeconds()) {
			throw unauthorized("X-Timestamp is outside the accepted window; check the device clock.");
		}
		byte[] payload = body == null ? new byte[0] : body;
		if (!MessageDigest.isEqual(sign(secret, timestamp.strip(), payload).getBytes(StandardCharsets.US_ASCII),
				signature.strip().toLowerCase().getBytes(StandardCharsets.US_ASCII))) {
			throw unauthorized("X-Signature does not match.");
		}
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

	static String sign(String secret, String timestamp, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			mac.update((timestamp + "\n").getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (java.security.GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	private static ResponseStatusException unauthorized(String reason) {
		return new ResponseStatusException(HttpStatus.UNAUTHORIZED, reason);
	}
}
