package org.liandong.evaluation.internal;

import org.liandong.shared.ForbiddenException;
import org.liandong.shared.InvalidRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** Refusals on the evaluation pages answer their status with a short text instead of a server error. */
@ControllerAdvice(assignableTypes = { RevisitPages.class, EvaluationPages.class, ExportPages.class })
class PageErrors {

	@ExceptionHandler(ForbiddenException.class)
	ResponseEntity<String> forbidden(ForbiddenException e) {
		return text(HttpStatus.FORBIDDEN, e.getMessage());
	}

	@ExceptionHandler(InvalidRequestException.class)
	ResponseEntity<String> invalid(InvalidRequestException e) {
		return text(HttpStatus.BAD_REQUEST, e.getMessage());
	}

	@ExceptionHandler(org.liandong.shared.ConflictException.class)
	ResponseEntity<String> conflict(org.liandong.shared.ConflictException e) {
		return text(HttpStatus.CONFLICT, e.getMessage());
	}

	private static ResponseEntity<String> text(HttpStatus status, String message) {
		return ResponseEntity.status(status).contentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8))
			.body(message);
	}
}
