package org.liandong.shared.web;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * Exceptions that the request's own bytes cause while the container, Spring or Spring Security's firewall reads it
 * (a parameter name the firewall refuses is found only when a handler reads them all): never a 500 (CONTRACT §1).
 */
final class ClientErrors {

	private ClientErrors() {
	}

	/** The status a failure caused by the request deserves (400, 413), or null when it is not the client's. */
	static HttpStatus statusOf(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof MaxUploadSizeExceededException) {
				return HttpStatus.CONTENT_TOO_LARGE;
			}
			if (t instanceof MultipartException || t instanceof InvalidParameterException
					|| t instanceof RequestRejectedException) {
				return HttpStatus.BAD_REQUEST;
			}
		}
		return null;
	}
}
