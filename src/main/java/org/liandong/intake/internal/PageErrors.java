package org.liandong.intake.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.liandong.shared.ConflictException;
import org.liandong.shared.InvalidRequestException;
import org.liandong.shared.NotFoundException;
import org.liandong.workorder.WorkOrderRefusals;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The intake pages' one way of showing a refused form action: the status (400 invalid, 409 conflict or not found)
 * and the messages as {@code errors} for the page to show above the form typed so far, in the visitor's language: the
 * work-order module's through {@link WorkOrderRefusals}, the intake module's own as they were said
 * ({@link IntakeMessages}). A refusal for the role (403) is left to the page's forbidden handler.
 */
@Component("intakePageErrors")
class PageErrors {

	private final WorkOrderRefusals refusals;

	PageErrors(WorkOrderRefusals refusals) {
		this.refusals = refusals;
	}

	/** Runs the action; empty when it was refused, with the status set and the messages in the model. */
	<T> Optional<T> attempt(Supplier<T> action, Model model, HttpServletResponse response) {
		try {
			return Optional.of(action.get());
		}
		catch (InvalidRequestException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("errors",
					e.errors().isEmpty() ? List.of(said(e.getMessage()))
							: e.errors().stream().map(f -> said(f.message())).toList());
		}
		catch (ConflictException | NotFoundException e) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("errors", List.of(refusals.describe(e)));
		}
		return Optional.empty();
	}

	/** A message in the visitor's language where the work-order module knows it; else as it is. */
	private String said(String message) {
		return refusals.describe(new InvalidRequestException(message, List.of()));
	}
}
