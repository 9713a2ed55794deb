package org.liandong.intake.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.liandong.shared.web.SignedEndpoint;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The device sources' signatures (CONTRACT §6): {@code X-Signature} is the lower-case hex HMAC-SHA256 of
 * {@code X-Timestamp + "\n" + body} with the source's secret, the timestamp in epoch seconds within the window.
 */
@Component
class DeviceSignatures implements SignedEndpoint {

	static final String PATH = "/api/v1/device-events";

	/** The signing time of a request whose signature was checked already (by the idempotency filter). */
	private static final String VERIFIED = DeviceSignatures.class.getName() + ".signedAt";

	private final DeviceEvents events;
	private final IntakeProperties properties;
	private final Clock clock;

	DeviceSignatures(DeviceEvents events, IntakeProperties properties, Clock clock) {
		this.events = events;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Checks the headers and the signature over the raw body; answers the signing time in epoch seconds.
	 *
	 * @throws ResponseStatusException 401 with the reason, for a missing header, an unknown source, a timestamp
	 *         outside the window or a wrong signature
	 */
	long verify(String source, String timestamp, String signature, byte[] body) {
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
		if (!MessageDigest.isEqual(sign(secret, timestamp.strip(), body).getBytes(StandardCharsets.US_ASCII),
				signature.strip().toLowerCase().getBytes(StandardCharsets.US_ASCII))) {
			throw unauthorized("X-Signature does not match.");
		}
		return seconds;
	}

	@Override
	public boolean serves(HttpServletRequest request) {
		return PATH.equals(request.getRequestURI().substring(request.getContextPath().length()));
	}

	/** As {@link #verify}, for the request's headers, once per request: a second call answers the first's time. */
	long verify(HttpServletRequest request, byte[] body) {
		if (request.getAttribute(VERIFIED) instanceof Long seconds) {
			return seconds;
		}
		long seconds = verify(request.getHeader("X-Source"), request.getHeader("X-Timestamp"),
				request.getHeader("X-Signature"), body);
		request.setAttribute(VERIFIED, seconds);
		return seconds;
	}

	@Override
	public boolean isAuthentic(HttpServletRequest request, byte[] body) {
		try {
			verify(request, body);
			return true;
		}
		catch (ResponseStatusException e) {
			return false;
		}
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
