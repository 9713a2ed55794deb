package org.liandong.intake.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.liandong.identity.Secrets;
import org.springframework.stereotype.Component;

/**
 * The tokens of the SMS revisit links: {@code <order id>.<round>.<expiry>.<signature>}, the signature an HMAC-SHA256
 * (128 bits kept) of the rest with the server's secret ({@code liandong.intake.portal.revisit-secret}, or else one
 * generated once and kept in the database for every instance, {@link Secrets}). A token names
 * one order and one revisit round (the order's reopen count when it was sent) and carries no personal data; without
 * the secret none can be made, and one cannot be turned into another's. Used once: the order itself says whether the
 * round was answered (docs/security.md).
 */
@Component
class RevisitTokens {

	/** The name of the generated secret ({@code idn_secret}) used when none is configured. */
	static final String SECRET_NAME = "revisit-links";

	private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9-]{1,64}\\.\\d{1,3}\\.[0-9a-z]{1,12}\\.[A-Za-z0-9_-]{22}");

	/** What a token says: valid for this order and round, expired, or not one of ours. */
	sealed interface Checked {
	}

	record Valid(String orderId, int round) implements Checked {
	}

	record Expired() implements Checked {
	}

	record Forged() implements Checked {
	}

	private final SecretKeySpec key;
	private final IntakeProperties.Portal portal;
	private final Clock clock;

	RevisitTokens(IntakeProperties properties, Secrets secrets, Clock clock) {
		this.portal = properties.portal();
		this.clock = clock;
		String configured = portal.revisitSecret();
		// a secret of the deployment's own, or one generated once and shared by every instance (never a known one)
		this.key = new SecretKeySpec(configured == null || configured.isBlank() ? secrets.secret(SECRET_NAME)
				: configured.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
	}

	/** A token for the order's revisit round, valid for {@code revisit-link-valid} from now. */
	String issue(String orderId, int round) {
		Instant until = clock.instant().plus(portal.revisitLinkValid());
		String body = orderId + "." + round + "." + Long.toString(until.getEpochSecond(), 36);
		return body + "." + sign(body);
	}

	Checked check(String token) {
		if (token == null || !SHAPE.matcher(token).matches()) {
			return new Forged();
		}
		int last = token.lastIndexOf('.');
		String body = token.substring(0, last);
		if (!MessageDigest.isEqual(sign(body).getBytes(StandardCharsets.US_ASCII),
				token.substring(last + 1).getBytes(StandardCharsets.US_ASCII))) {
			return new Forged();
		}
		String[] parts = body.split("\\.");
		if (Instant.ofEpochSecond(Long.parseLong(parts[2], 36)).isBefore(clock.instant())) {
			return new Expired();
		}
		return new Valid(parts[0], Integer.parseInt(parts[1]));
	}

	private String sign(String body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			byte[] full = mac.doFinal(body.getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(full, 16));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HmacSHA256 is not available", e);
		}
	}
}
