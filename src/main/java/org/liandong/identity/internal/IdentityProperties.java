package org.liandong.identity.internal;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of authentication ({@code liandong.security.*}).
 *
 * @param basicCacheTtl how long a verified HTTP Basic credential is trusted without running bcrypt again; it also
 *        bounds how long another instance may still accept a changed password
 * @param basicCacheMaxEntries cap on cached credentials per instance
 * @param tokenTtl lifetime of a bearer token
 * @param maxFailedLogins failed attempts for a username from one client address within {@code failureWindow}
 *        before that address is refused for the username
 * @param maxFailedLoginsPerUser failed attempts for a username from all addresses together before the username is
 *        refused for everyone (guessing spread over many addresses)
 * @param maxFailedLoginsPerAddress failed attempts from one address for all usernames together before the address is
 *        refused for every username (one password tried on many usernames); 0, the default, for no such limit: in a
 *        government network many staff often reach the platform through one address (a NAT or a proxy), whose
 *        mistyped passwords together would lock them all out
 * @param failureWindow the window in which failures count
 * @param lockout how long a throttled username is refused
 * @param allowedOrigins origins besides the platform's own whose pages may send the API requests that change
 *        something (e.g. {@code https://12345.example.gov.cn} when a proxy passes another host name); empty by default
 */
@ConfigurationProperties("liandong.security")
public record IdentityProperties(@DefaultValue("PT5M") Duration basicCacheTtl,
		@DefaultValue("10000") int basicCacheMaxEntries, @DefaultValue("PT8H") Duration tokenTtl,
		@DefaultValue("5") int maxFailedLogins, @DefaultValue("PT15M") Duration failureWindow,
		@DefaultValue("PT15M") Duration lockout, List<String> allowedOrigins,
		@DefaultValue("50") int maxFailedLoginsPerUser, @DefaultValue("0") int maxFailedLoginsPerAddress) {

	public IdentityProperties {
		if (basicCacheTtl.isNegative() || tokenTtl.isNegative() || tokenTtl.isZero()) {
			throw new IllegalArgumentException("liandong.security durations must be positive");
		}
		if (maxFailedLogins < 1 || maxFailedLoginsPerUser < maxFailedLogins
				|| (maxFailedLoginsPerAddress != 0 && maxFailedLoginsPerAddress < maxFailedLogins)) {
			throw new IllegalArgumentException("liandong.security.max-failed-logins must be at least 1, "
					+ "max-failed-logins-per-user at least as many, and max-failed-logins-per-address 0 (none) or at "
					+ "least as many");
		}
		allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
	}

	/** The defaults, for tests that build components by hand. */
	public static IdentityProperties defaults() {
		return new IdentityProperties(Duration.ofMinutes(5), 10_000, Duration.ofHours(8), 5, Duration.ofMinutes(15),
				Duration.ofMinutes(15), List.of(), 50, 0);
	}
}
