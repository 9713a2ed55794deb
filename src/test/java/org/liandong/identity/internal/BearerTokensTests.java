package org.liandong.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.liandong.identity.Role;
import org.liandong.support.MutableClock;

class BearerTokensTests {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T00:00:00.750Z"));

	private final SharedSecrets secrets = new SharedSecrets(null, clock) {
		@Override
		public byte[] secret(String name) {
			return "0123456789abcdef0123456789abcdef".getBytes();
		}
	};

	private final BearerTokens tokens = new BearerTokens(secrets, IdentityProperties.defaults(), clock);

	private final UserAccount user = user("$2a$10$hash-one");

	@Test
	void anIssuedTokenVerifiesUntilItExpires() {
		BearerTokens.Issued issued = tokens.issue(user);

		assertThat(issued.expiresAt()).isEqualTo(Instant.parse("2026-03-01T08:00:00Z"));
		assertThat(tokens.verify(issued.token())).hasValueSatisfying(c -> {
			assertThat(c.username()).isEqualTo("h-CSGLJ");
			assertThat(tokens.matchesPassword(c, user)).isTrue();
		});
		clock.advance(Duration.ofHours(8));
		assertThat(tokens.verify(issued.token())).isEmpty();
	}

	@Test
	void aTamperedTokenIsRefused() {
		String token = tokens.issue(user).token();
		String[] parts = token.split("\\.");
		String longer = parts[0] + "." + (Long.parseLong(parts[1]) + 3600) + "." + parts[2] + "." + parts[3];

		// (the good token's claims are kept once verified: its variants are still checked)
		assertThat(tokens.verify(token)).isPresent();
		assertThat(tokens.verify(longer)).isEmpty();
		assertThat(tokens.verify(token + "x")).isEmpty();
		assertThat(tokens.verify("not-a-token")).isEmpty();
		assertThat(tokens.verify("a.b.c.d")).isEmpty();
	}

	@Test
	void aPasswordChangeRevokesEarlierTokens() {
		var claims = tokens.verify(tokens.issue(user).token()).orElseThrow();

		assertThat(tokens.matchesPassword(claims, user)).isTrue();
		assertThat(tokens.matchesPassword(claims, user("$2a$10$hash-two"))).isFalse();
	}

	private static UserAccount user(String hash) {
		return new UserAccount("id-1", "h-CSGLJ", hash, "x", Role.HANDLER, "CSGLJ", null, Set.of(), true,
				Instant.EPOCH, Instant.EPOCH, 0);
	}
}
