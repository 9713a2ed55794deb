package org.liandong.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.liandong.shared.RecentReads;
import org.springframework.stereotype.Component;

/**
 * Stateless bearer tokens: {@code base64url(username).expiry.fingerprint.signature}, signed with HMAC-SHA256 under a
 * secret shared through the database. The fingerprint is derived from the user's password hash, so changing the
 * password revokes every token issued before; disabling the user refuses them at use.
 */
@Component
class BearerTokens {

	static final String SECRET_NAME = "bearer-token-hmac";

	private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder B64D = Base64.getUrlDecoder();

	private final SharedSecrets secrets;

	private final IdentityProperties properties;

	private final Clock clock;

	/**
	 * Tokens with the claims their signature checked out for, or null (the expiry is checked at every use): each
	 * token's HMAC is worked out about once an hour rather than on every request. The secret does not change while the
	 * platform runs, so a signature that was right stays right. At most 10,000 tokens of some 100 characters.
	 */
	private final RecentReads<String, Claims> signed = new RecentReads<>(Duration.ofHours(1), 10_000);

	/** Password hashes' fingerprints: a token's fingerprint is compared with its user's on every request. */
	private final RecentReads<String, String> fingerprints = new RecentReads<>(Duration.ofHours(1), 10_000);

	BearerTokens(SharedSecrets secrets, IdentityProperties properties, Clock clock) {
		this.secrets = secrets;
		this.properties = properties;
		this.clock = clock;
	}

	/** A token for the user, valid for {@code liandong.security.token-ttl}. */
	Issued issue(UserAccount user) {
		Instant expiresAt = clock.instant().plus(properties.tokenTtl()).truncatedTo(ChronoUnit.SECONDS);
		String body = B64.encodeToString(user.username().getBytes(StandardCharsets.UTF_8)) + "."
				+ expiresAt.getEpochSecond() + "." + fingerprint(user.passwordHash());
		return new Issued(body + "." + sign(body), expiresAt);
	}

	/** The claims of a well-formed, correctly signed and unexpired token; empty for anything else. */
	Optional<Claims> verify(String token) {
		Claims claims = signed.get(token, this::checkSignature);
		return claims != null && claims.expiresAt().isAfter(clock.instant()) ? Optional.of(claims) : Optional.empty();
	}

	/** The claims of a well-formed, correctly signed token, expired or not; null for anything else. */
	private Claims checkSignature(String token) {
		String[] parts = token.split("\\.", -1);
		if (parts.length != 4) {
			return null;
		}
		String body = parts[0] + "." + parts[1] + "." + parts[2];
		byte[] expected = sign(body).getBytes(StandardCharsets.US_ASCII);
		if (!MessageDigest.isEqual(expected, parts[3].getBytes(StandardCharsets.US_ASCII))) {
			return null;
		}
		try {
			Instant expiresAt = Instant.ofEpochSecond(Long.parseLong(parts[1]));
			String username = new String(B64D.decode(parts[0]), StandardCharsets.UTF_8);
			return new Claims(username, expiresAt, parts[2]);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	/** Whether the token was issued under the user's current password. */
	boolean matchesPassword(Claims claims, UserAccount user) {
		String current = fingerprints.get(user.passwordHash(), BearerTokens::fingerprint);
		return MessageDigest.isEqual(claims.fingerprint().getBytes(StandardCharsets.US_ASCII),
				current.getBytes(StandardCharsets.US_ASCII));
	}

	private static String fingerprint(String passwordHash) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(passwordHash.getBytes(StandardCharsets.UTF_8));
			return B64.encodeToString(Arrays.copyOf(digest, 12));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	private String sign(String body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secrets.secret(SECRET_NAME), "HmacSHA256"));
			return B64.encodeToString(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HmacSHA256 is always available", e);
		}
	}

	/** A freshly issued token. */
	record Issued(String token, Instant expiresAt) {
	}

	/** What a valid token says. */
	record Claims(String username, Instant expiresAt, String fingerprint) {
	}
}
