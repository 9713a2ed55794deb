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
 * @param maxFailedLogins failed attempts per username within {@code failureWindow} before it is throttled
 * @param failureWindow the window in which failures count
 * @param lockout how long a throttled username is refused
 * @param allowedOrigins origins besides the platform's own whose pages may send the API requests that change
 *        something (e.g. {@code https://12345.example.gov.cn} when a proxy passes another host name); empty by default
 */
@ConfigurationProperties("liandong.security")
public record IdentityProperties(@DefaultValue("PT5M") Duration basicCacheTtl,
		@DefaultValue("10000") int basicCacheMaxEntries, @DefaultValue("PT8H") Duration tokenTtl,
		@DefaultValue("5") int maxFailedLogins, @DefaultValue("PT15M") Duration failureWindow,
		@DefaultValue("PT15M") Duration lockout, List<String> allowedOrigins) {

	public IdentityProperties {
		if (basicCacheTtl.isNegative() || tokenTtl.isNegative() || tokenTtl.isZero()) {
			throw new IllegalArgumentException("liandong.security durations must be positive");
		}
		if (maxFailedLogins < 1) {
			throw new IllegalArgumentException("liandong.security.max-failed-logins must be at least 1");
		}
		allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
	}

	/** The defaults, for tests that build components by hand. */
	public static IdentityProperties defaults() {
		return new IdentityProperties(Duration.ofMinutes(5), 10_000, Duration.ofHours(8), 5, Duration.ofMinutes(15),
				Duration.ofMinutes(15), List.of());
	}
}
