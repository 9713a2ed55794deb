package org.liandong.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.http.HttpHeaders;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The CSRF token of the page forms: kept in the visitor's session, except for a request that brings its own
 * credentials ({@code Authorization}: HTTP Basic for scripted checks, or a bearer token), whose token is derived from
 * them and kept nowhere. Such a request has no session to keep one in, and the session the token created was a new,
 * unsigned-in one on every request (outside check, 2026-12: every {@code curl -u} of a page answered
 * {@code Set-Cookie: JSESSIONID}), sessions that piled up for their 8 hours. The derived token is an HMAC, with a
 * secret every instance shares ({@code idn_secret}), of the credentials as sent: a page of another site, which cannot
 * read this site's pages, cannot know it (the browser that answered the Basic challenge sends the credentials, not
 * the token), and it changes with the password or the token.
 */
final class CredentialCsrfTokens implements CsrfTokenRepository {

	static final String SECRET_NAME = "csrf-credential-hmac";

	private final HttpSessionCsrfTokenRepository sessions = new HttpSessionCsrfTokenRepository();

	private final SharedSecrets secrets;

	CredentialCsrfTokens(SharedSecrets secrets) {
		this.secrets = secrets;
	}

	@Override
	public CsrfToken generateToken(HttpServletRequest request) {
		String credentials = credentials(request);
		return credentials == null ? sessions.generateToken(request) : derived(credentials);
	}

	@Override
	public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
		if (credentials(request) == null) {
			sessions.saveToken(token, request, response);
		}
	}

	@Override
	public CsrfToken loadToken(HttpServletRequest request) {
		String credentials = credentials(request);
		return credentials == null ? sessions.loadToken(request) : derived(credentials);
	}

	/** The request's own credentials, Basic or bearer; none for a visitor of a page session. */
	static String credentials(HttpServletRequest request) {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		return authorization != null && !authorization.isBlank() ? authorization.strip() : null;
	}

	private CsrfToken derived(String credentials) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secrets.secret(SECRET_NAME), "HmacSHA256"));
			byte[] digest = mac.doFinal(("csrf\n" + credentials).getBytes(StandardCharsets.UTF_8));
			return new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", Base64.getUrlEncoder().withoutPadding()
				.encodeToString(digest));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HmacSHA256 is not available", e);
		}
	}
}
