package org.liandong.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Credentials already verified by bcrypt, so that an API client sending HTTP Basic on every call does not cost a
 * bcrypt round each time. The key is a SHA-256 of a random per-process salt, the username and the password: the
 * cache never holds a password or an unsalted hash of one. Entries live {@code basicCacheTtl}; a change to a user
 * evicts that user's entries here, and the TTL bounds how long other instances may still accept the old state.
 */
class BasicCredentialCache {

	private final byte[] salt = new byte[32];

	private final Map<String, Entry> entries = new ConcurrentHashMap<>();

	private final IdentityProperties properties;

	private final Clock clock;

	BasicCredentialCache(IdentityProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
		new SecureRandom().nextBytes(salt);
	}

	String key(String username, String password) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(salt);
			digest.update(username.getBytes(StandardCharsets.UTF_8));
			digest.update((byte) 0);
			digest.update(password.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is always available", e);
		}
	}

	Optional<AccountDetails> get(String key) {
		Entry entry = entries.get(key);
		if (entry == null) {
			return Optional.empty();
		}
		if (!entry.expiresAt().isAfter(clock.instant())) {
			entries.remove(key, entry);
			return Optional.empty();
		}
		return Optional.of(entry.principal());
	}

	void put(String key, AccountDetails principal) {
		if (properties.basicCacheTtl().isZero()) {
			return;
		}
		Instant now = clock.instant();
		if (entries.size() >= properties.basicCacheMaxEntries()) {
			entries.values().removeIf(e -> !e.expiresAt().isAfter(now));
			if (entries.size() >= properties.basicCacheMaxEntries()) {
				entries.clear();
			}
		}
		entries.put(key, new Entry(principal.withoutPassword(), now.plus(properties.basicCacheTtl())));
	}

	/** Forgets every cached credential of a user (password, role, scope or enabled changed). */
	void evict(String username) {
		entries.values().removeIf(e -> e.principal().getUsername().equals(username));
	}

	int size() {
		return entries.size();
	}

	private record Entry(AccountDetails principal, Instant expiresAt) {
	}
}
