package org.liandong.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.liandong.identity.Secrets;

class RevisitTokensTests {

	static final Instant NOW = Instant.parse("2026-11-29T04:00:00Z");

	/** The generated secrets of one database: a name's secret is made once and then read. */
	static final class GeneratedSecrets implements Secrets {

		final Map<String, byte[]> kept = new HashMap<>();

		@Override
		public byte[] secret(String name) {
			return kept.computeIfAbsent(name, n -> {
				byte[] fresh = new byte[32];
				new SecureRandom().nextBytes(fresh);
				return fresh;
			}).clone();
		}
	}

	static RevisitTokens tokens(String secret, Instant now) {
		return tokens(secret, new GeneratedSecrets(), now);
	}

	static RevisitTokens tokens(String secret, Secrets secrets, Instant now) {
		return new RevisitTokens(new IntakeProperties(null, new IntakeProperties.Portal(10, 60, "http://x", 3, 10,
				secret, Duration.ofDays(30)), null, null, null), secrets, Clock.fixed(now, ZoneOffset.UTC));
	}

	/**
	 * Without a configured secret the links are signed with the one generated for the deployment (every instance
	 * reads the same), never with a secret known from the documentation: another deployment's links are forged here.
	 */
	@Test
	void withoutAConfiguredSecretTheDeploymentsGeneratedOneSigns() {
		GeneratedSecrets ours = new GeneratedSecrets();
		String token = tokens(null, ours, NOW).issue("0b6f3d2e-1c4a-4f7e-9d2b-5a8c7e6f1d20", 0);
		assertThat(tokens("", ours, NOW).check(token)).isInstanceOf(RevisitTokens.Valid.class);
		assertThat(ours.kept).containsOnlyKeys(RevisitTokens.SECRET_NAME);
		assertThat(tokens(null, new GeneratedSecrets(), NOW).check(token)).isInstanceOf(RevisitTokens.Forged.class);
	}

	@Test
	void aTokenNamesItsOrderAndRoundUntilItExpires() {
		String token = tokens("a-secret-of-the-city", NOW).issue("0b6f3d2e-1c4a-4f7e-9d2b-5a8c7e6f1d20", 1);
		assertThat(tokens("a-secret-of-the-city", NOW.plus(Duration.ofDays(29))).check(token))
			.isEqualTo(new RevisitTokens.Valid("0b6f3d2e-1c4a-4f7e-9d2b-5a8c7e6f1d20", 1));
		assertThat(tokens("a-secret-of-the-city", NOW.plus(Duration.ofDays(31))).check(token))
			.isInstanceOf(RevisitTokens.Expired.class);
		assertThat(token).doesNotContain("1380000");
	}

	@Test
	void aTokenChangedInAnyPartOrSignedWithAnotherSecretIsForged() {
		RevisitTokens city = tokens("a-secret-of-the-city", NOW);
		String token = city.issue("0b6f3d2e-1c4a-4f7e-9d2b-5a8c7e6f1d20", 0);
		String[] parts = token.split("\\.");
		assertThat(city.check(parts[0] + ".1." + parts[2] + "." + parts[3])).isInstanceOf(RevisitTokens.Forged.class);
		assertThat(city.check("1b6f3d2e-1c4a-4f7e-9d2b-5a8c7e6f1d20." + parts[1] + "." + parts[2] + "." + parts[3]))
			.isInstanceOf(RevisitTokens.Forged.class);
		assertThat(city.check(parts[0] + "." + parts[1] + ".zzzzzz." + parts[3])).isInstanceOf(RevisitTokens.Forged.class);
		assertThat(city.check(tokens("another-secret-here", NOW).issue(parts[0], 0)))
			.isInstanceOf(RevisitTokens.Forged.class);
		assertThat(city.check("x")).isInstanceOf(RevisitTokens.Forged.class);
		assertThat(city.check(null)).isInstanceOf(RevisitTokens.Forged.class);
		assertThat(city.check(token)).isInstanceOf(RevisitTokens.Valid.class);
	}
}
