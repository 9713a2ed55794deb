package org.liandong.shared.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * An endpoint whose callers prove who they are by signing the request (a device source's HMAC over the body), not
 * through the security chain. {@link IdempotencyFilter} asks it before it looks a key up: a request that is not
 * authenticated gets the endpoint's own 401, never an answer stored for the real caller, nor a 422 that tells which
 * keys the caller used (CONTRACT §1: 401 comes first).
 */
public interface SignedEndpoint {

	/** Whether this endpoint serves the request. */
	boolean serves(HttpServletRequest request);

	/** Whether the request's signature over {@code body} is valid now. */
	boolean isAuthentic(HttpServletRequest request, byte[] body);
}
