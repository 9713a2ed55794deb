package org.liandong.workorder.internal;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.liandong.shared.ConflictException;
import org.liandong.workorder.WorkOrderStatus;

/** An action was asked of an order in a state that does not allow it: HTTP 409. */
class IllegalTransitionException extends ConflictException {

	IllegalTransitionException(String action, WorkOrderStatus current, WorkOrderStatus... allowed) {
		super("Cannot " + action + " a work order in status " + current + "; allowed in: "
				+ Arrays.stream(allowed).map(Enum::name).collect(Collectors.joining(", ")) + ".");
	}

	IllegalTransitionException(String message) {
		super(message);
	}
}
