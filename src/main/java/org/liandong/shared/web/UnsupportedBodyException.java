package org.liandong.shared.web;

import org.liandong.shared.InvalidRequestException;

/**
 * A body that is not declared JSON where the API takes JSON: 415 with the field error {@code body} saying what it
 * came as ({@link JsonBody}).
 */
final class UnsupportedBodyException extends InvalidRequestException {

	UnsupportedBodyException(String cameAs) {
		super("body", "The body must be JSON sent with Content-Type: application/json; it came as " + cameAs + ".");
	}
}
