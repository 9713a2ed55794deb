package org.liandong.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.liandong.identity.Actor;
import org.liandong.identity.ActorPrincipal;
import org.liandong.identity.Role;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.liandong.support.MutableClock;

class CachingPasswordAuthenticationProviderTests {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T00:00:00Z"));

	private final CountingEncoder encoder = new CountingEncoder(new BCryptPasswordEncoder(4));

	private final String hash = encoder.delegate.encode("secret-pass");

	private boolean enabled = true;

	private final BasicCredentialCache cache = new BasicCredentialCache(IdentityProperties.defaults(), clock);

	private final CachingPasswordAuthenticationProvider provider = provider();

	private CachingPasswordAuthenticationProvider provider() {
		DaoAuthenticationProvider dao = new DaoAuthenticationProvider(username -> {
			if (!username.equals("alice")) {
				throw new UsernameNotFoundException("none");
			}
			return new AccountDetails(new Actor("1", "alice", "Alice", Role.OPERATOR, null, "371000000000", Set.of()),
					hash, enabled);
		});
		dao.setPasswordEncoder(encoder);
		return new CachingPasswordAuthenticationProvider(dao, cache);
	}

	@Test
	void aCachedCredentialIsNotCheckedByTheEncoderAgain() {
		Authentication first = provider.authenticate(login("alice", "secret-pass"));
		int afterFirst = encoder.matches.get();
		Authentication second = provider.authenticate(login("alice", "secret-pass"));

		assertThat(afterFirst).isEqualTo(1);
		assertThat(encoder.matches.get()).isEqualTo(1);
		assertThat(((ActorPrincipal) second.getPrincipal()).actor().username()).isEqualTo("alice");
		assertThat(second.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_OPERATOR");
		assertThat(first.isAuthenticated()).isTrue();
	}

	@Test
	void principalsNeverCarryThePasswordHash() {
		Authentication result = provider.authenticate(login("alice", "secret-pass"));
		Authentication cached = provider.authenticate(login("alice", "secret-pass"));

		assertThat(((AccountDetails) result.getPrincipal()).getPassword()).isNull();
		assertThat(((AccountDetails) cached.getPrincipal()).getPassword()).isNull();
		assertThat(result.getCredentials()).isNull();
	}

	@Test
	void aWrongPasswordIsNeverCachedAndAlwaysFails() {
		provider.authenticate(login("alice", "secret-pass"));

		assertThatThrownBy(() -> provider.authenticate(login("alice", "wrong-pass")))
			.isInstanceOf(BadCredentialsException.class);
		assertThatThrownBy(() -> provider.authenticate(login("alice", "wrong-pass")))
			.isInstanceOf(BadCredentialsException.class);
		assertThat(encoder.matches.get()).isEqualTo(3);
	}

	@Test
	void evictionMakesTheNextCallCheckAgainAndSeeADisabledUser() {
		provider.authenticate(login("alice", "secret-pass"));
		enabled = false;
		cache.evict("alice");

		assertThatThrownBy(() -> provider.authenticate(login("alice", "secret-pass")))
			.isInstanceOf(DisabledException.class);
		assertThat(cache.size()).isZero();
	}

	@Test
	void anEntryExpiresAfterTheTtl() {
		provider.authenticate(login("alice", "secret-pass"));
		clock.advance(Duration.ofMinutes(5).plusSeconds(1));
		provider.authenticate(login("alice", "secret-pass"));

		assertThat(encoder.matches.get()).isEqualTo(2);
	}

	@Test
	void theCacheKeyIsASaltedHashNotThePassword() {
		String key = cache.key("alice", "secret-pass");
		BasicCredentialCache other = new BasicCredentialCache(IdentityProperties.defaults(), clock);

		assertThat(key).hasSize(64).doesNotContain("secret").doesNotContain("alice");
		assertThat(other.key("alice", "secret-pass")).isNotEqualTo(key);
		assertThat(cache.key("alice", "secret-pass")).isEqualTo(key);
	}

	private static UsernamePasswordAuthenticationToken login(String username, String password) {
		return UsernamePasswordAuthenticationToken.unauthenticated(username, password);
	}

	/** Counts password checks: the cache exists to avoid them. */
	private static final class CountingEncoder implements PasswordEncoder {

		private final PasswordEncoder delegate;

		private final AtomicInteger matches = new AtomicInteger();

		CountingEncoder(PasswordEncoder delegate) {
			this.delegate = delegate;
		}

		@Override
		public String encode(CharSequence raw) {
			return delegate.encode(raw);
		}

		@Override
		public boolean matches(CharSequence raw, String encoded) {
			matches.incrementAndGet();
			return delegate.matches(raw, encoded);
		}
	}
}
