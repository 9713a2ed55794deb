package org.liandong.shared.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page a fresh {@code formToken}; intake forms send it as {@link IdempotencyFilter#FORM_FIELD}, so a
 * form posted twice (a double click, a browser retry, a reload of the answer) takes the request in once.
 */
@ControllerAdvice(annotations = Controller.class)
class FormTokenAdvice {

	@ModelAttribute("formToken")
	String formToken() {
		return UUID.randomUUID().toString();
	}
}
