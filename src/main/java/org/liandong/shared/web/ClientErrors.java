package org.liandong.shared.web;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.http.HttpStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * Exceptions that the request's own bytes cause while the container or Spring reads it: never a 500 (CONTRACT §1).
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
			if (t instanceof MultipartException || t instanceof InvalidParameterException) {
				return HttpStatus.BAD_REQUEST;
			}
		}
		return null;
	}
}
