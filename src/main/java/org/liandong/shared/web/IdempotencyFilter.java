package org.liandong.shared.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.liandong.shared.InvalidRequestException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Honours the {@code Idempotency-Key} header on API writes (CONTRACT §1). The request runs in one transaction that
 * holds its key (a concurrent duplicate, on any node, answers 409) and stores its answer: the business change and
 * the stored answer commit together or not at all (docs/adr/0008). A replay with the same body answers the stored
 * status and body; the same key with another body answers 422 unless the request would be refused anyway (see
 * {@link #mismatch}). A failed request (a 4xx or 5xx answer) stores nothing, and the key stays free; a redirect (a
 * page's post-redirect-get) is a success. A request of a killed process holds its key no longer than its
 * connection: a retry runs at once.
 */
@Component
public class IdempotencyFilter extends OncePerRequestFilter {

	public static final String HEADER = "Idempotency-Key";

	/**
	 * The form field that carries the key on intake pages (a fresh value per rendered form, see
	 * {@link FormTokenAdvice}), so that a re-posted form answers what the first post answered.
	 */
	public static final String FORM_FIELD = "idempotencyKey";

	/** The header naming a device source (see the device-events endpoint), whose keys are the source's own. */
	private static final String DEVICE_SOURCE = "X-Source";

	private final IdempotencyStore store;
	private final TransactionTemplate transaction;
	private final JsonMapper json;
	private final List<SignedEndpoint> signedEndpoints;

	IdempotencyFilter(IdempotencyStore store, TransactionTemplate transaction, JsonMapper json,
			List<SignedEndpoint> signedEndpoints) {
		this.store = store;
		this.transaction = transaction;
		this.json = json;
		this.signedEndpoints = List.copyOf(signedEndpoints);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		if (!(method.equals("POST") || method.equals("PUT") || method.equals("PATCH"))) {
			return true;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.equals(TOKEN_PATH)) {
			// a bearer token is a secret, and asking for one changes nothing: a key is not kept for it, so no store
			// holds a live token (outside check, 2026-11-28); a retry asks for another
			return true;
		}
		if (path.startsWith("/api/") || path.startsWith("/open311/")) {
			return request.getHeader(HEADER) == null;
		}
		return !(isIntakePage(path) && RequestBodies.isFormOrMultipart(request)
				&& request.getParameter(FORM_FIELD) != null);
	}

	private static final String TOKEN_PATH = "/api/v1/auth/token";

	/**
	 * A request attribute a handler sets to the answer to keep for replays instead of the one it gives now (written
	 * as JSON): the same answer without a secret shown once, which the store must not hold (an Open311 client's
	 * {@code apiKey}). The first answer is the full one; a replay answers what was kept. Anything else replays as it
	 * was answered (CONTRACT §1: the same body).
	 */
	public static final String KEPT_ANSWER = IdempotencyFilter.class.getName() + ".keptAnswer";

	/** The answer as kept for replays ({@link #KEPT_ANSWER} when the handler set one). */
	private String kept(HttpServletRequest request, byte[] answer) {
		Object kept = request.getAttribute(KEPT_ANSWER);
		return kept == null ? new String(answer, StandardCharsets.UTF_8) : json.writeValueAsString(kept);
	}

	private static boolean isIntakePage(String path) {
		return path.startsWith("/portal") || path.startsWith("/intake/") || path.equals("/work-orders");
	}

	private static String keyOf(HttpServletRequest request) {
		String header = request.getHeader(HEADER);
		return header != null ? header : request.getParameter(FORM_FIELD);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = keyOf(request).strip();
		if (key.isEmpty() || key.length() > 200) {
			String message = "The Idempotency-Key header must have 1 to 200 characters.";
			Refusals.write(request, response, request.getRequestURI().substring(request.getContextPath().length()),
					HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", message,
					List.of(new InvalidRequestException.FieldError(HEADER, message)), json);
			return;
		}
		byte[] body;
		HttpServletRequest downstream;
		if (RequestBodies.isFormOrMultipart(request)) {
			if (signedEndpoints.stream().anyMatch(endpoint -> endpoint.serves(request))) {
				chain.doFilter(request, response); // signed over raw bytes a form is not: its 401, no key looked up
				return;
			}
			body = RequestBodies.canonicalForm(request);
			downstream = request;
		}
		else {
			body = request.getInputStream().readAllBytes();
			downstream = new BodyRequestWrapper(request, body);
			for (SignedEndpoint endpoint : signedEndpoints) {
				if (endpoint.serves(request) && !endpoint.isAuthentic(request, body)) {
					chain.doFilter(downstream, response); // its 401: no key is looked up for an unknown caller
					return;
				}
			}
		}
		String scope = scope(request);
		// the same JSON document is the same body, whatever its members' order and white space
		String hash = hash(request, RequestBodies.isJson(request) ? RequestBodies.canonicalJson(body, json) : body);
		ContentCachingResponseWrapper wrapped = new ContentCachingResponseWrapper(response);
		IdempotencyStore.Claim answered;
		boolean[] ran = { false };
		try (IdempotencyStore.Hold hold = store.hold(scope, key)) {
			answered = transaction.execute(tx -> {
				IdempotencyStore.Claim claim = hold.claim(hash);
				if (claim.outcome() != IdempotencyStore.Outcome.HELD) {
					tx.setRollbackOnly();
					return claim;
				}
				try {
					chain.doFilter(downstream, wrapped);
				}
				catch (IOException | ServletException e) {
					throw new WrappedException(e);
				}
				ran[0] = true;
				int status = wrapped.getStatus();
				if (status >= 200 && status < 400 && !tx.isRollbackOnly()) {
					if (hold.complete(hash, new IdempotencyStore.Stored(status, wrapped.getContentType(),
							wrapped.getHeader(HttpHeaders.LOCATION), kept(request, wrapped.getContentAsByteArray())))) {
						return claim;
					}
					// a request with the key committed its answer after this one looked (just before it held the
					// key): this one is undone, and that answer given
					tx.setRollbackOnly();
					return hold.committed(hash);
				}
				tx.setRollbackOnly(); // a refusal stores nothing, and the key stays free
				return claim;
			});
		}
		catch (WrappedException e) {
			if (e.getCause() instanceof ServletException se) {
				throw se;
			}
			throw (IOException) e.getCause();
		}
		if (ran[0] && answered.outcome() != IdempotencyStore.Outcome.HELD) {
			response.reset(); // what the undone run set (its status, a Location) is not the answer
		}
		switch (answered.outcome()) {
			case HELD -> wrapped.copyBodyToResponse();
			case REPLAY -> replay(response, answered.stored());
			case MISMATCH -> {
				if (ran[0]) { // it succeeded, so a trial would too: another body's key is 422
					problem(request, response, HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused",
							"This Idempotency-Key was used with a different request body.");
				}
				else {
					mismatch(request, downstream, response, chain);
				}
			}
			case IN_FLIGHT -> {
				response.setHeader(HttpHeaders.RETRY_AFTER, "1");
				problem(request, response, HttpStatus.CONFLICT, "idempotency-in-flight",
						"A request with this Idempotency-Key is still in progress; retry shortly.");
			}
		}
	}

	/**
	 * A key used before with another body. CONTRACT §1 puts 422 last: what the request itself would answer (404 for
	 * an order the caller may not see, 403, 400 for an invalid body, 409) comes first. So an API request runs once in
	 * a transaction that is always rolled back (its changes, and the events and notifications that would follow a
	 * commit, are discarded) and its refusal, if any, is the answer; a request that would have succeeded gets 422.
	 * What a handler does outside the transaction is not undone: an API handler must do nothing of the kind before
	 * its commit (a text sent, a file kept: see {@code LocalFileStore}). A page's form gets 422 at once.
	 */
	private void mismatch(HttpServletRequest request, HttpServletRequest downstream, HttpServletResponse response,
			FilterChain chain) throws IOException, ServletException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!(path.startsWith("/api/") || path.startsWith("/open311/"))) {
			// a page's form (the key in a hidden field, a form posted again after Back): a page's handler answers
			// with a redirect and keeps things in the visitor's session, which a trial would not undo
			problem(request, response, HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused",
					"This Idempotency-Key was used with a different request body.");
			return;
		}
		ContentCachingResponseWrapper trial = new ContentCachingResponseWrapper(response);
		try {
			transaction.executeWithoutResult(tx -> {
				tx.setRollbackOnly();
				try {
					chain.doFilter(downstream, trial);
				}
				catch (IOException | ServletException e) {
					throw new WrappedException(e);
				}
			});
		}
		catch (WrappedException e) {
			if (e.getCause() instanceof ServletException se) {
				throw se;
			}
			throw (IOException) e.getCause();
		}
		if (trial.getStatus() >= 400 || response.isCommitted()) {
			trial.copyBodyToResponse(); // its refusal (or what it sent past the wrapper, which cannot be taken back)
			return;
		}
		response.reset(); // what the trial set (a Location, its content type) is not the answer
		problem(request, response, HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused",
				"This Idempotency-Key was used with a different request body.");
	}

	/**
	 * The caller a key belongs to: the signed-in user; else the Open311 client (its api key) or the device source
	 * (its {@code X-Source}, whose signature the endpoint checks); else the address of an anonymous visitor. Spring
	 * Security's anonymous authentication is no caller: every client without a login would share one scope.
	 */
	private static String scope(HttpServletRequest request) {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)
				&& auth.getName() != null) {
			return "user:" + auth.getName();
		}
		String apiKey = request.getParameter("api_key");
		if (apiKey != null) {
			return "key:" + hashText(apiKey);
		}
		String source = request.getRequestURI().endsWith("/api/v1/device-events") ? request.getHeader(DEVICE_SOURCE)
				: null;
		if (source != null) {
			return "source:" + hashText(source);
		}
		return "anonymous:" + request.getRemoteAddr();
	}


	private static String hash(HttpServletRequest request, byte[] body) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update((request.getMethod() + " " + request.getRequestURI() + "?" + request.getQueryString() + "\n")
				.getBytes(StandardCharsets.UTF_8));
			digest.update(body);
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String hashText(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static void replay(HttpServletResponse response, IdempotencyStore.Stored stored) throws IOException {
		response.setStatus(stored.status());
		if (stored.contentType() != null) {
			response.setContentType(stored.contentType());
		}
		if (stored.location() != null) {
			response.setHeader(HttpHeaders.LOCATION, stored.location());
		}
		response.setHeader("Idempotent-Replayed", "true");
		byte[] bytes = stored.body() == null ? new byte[0] : stored.body().getBytes(StandardCharsets.UTF_8);
		response.setContentLength(bytes.length);
		response.getOutputStream().write(bytes);
	}

	/** A refusal, in the form the caller reads (problem details, or the GeoReport error list on Open311 paths). */
	private void problem(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type,
			String detail) throws IOException {
		Refusals.write(request, response, request.getRequestURI().substring(request.getContextPath().length()),
				status, type, status.getReasonPhrase(), detail, json);
	}

	private static final class WrappedException extends RuntimeException {
		WrappedException(Exception cause) {
			super(cause);
		}
	}

}
