package org.liandong.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an API handler whose 201 (or 202) answer carries a {@code Location} header, with what the header names; the
 * OpenAPI document declares the header from it ({@link OpenApiProblems}). Every handler that answers
 * {@code ResponseEntity.created(...)} or {@code .location(...)} carries it (checked by {@code LocationHeaderTests}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface SendsLocation {

	/** What the header names, e.g. {@code "The work order created: /api/v1/work-orders/{id}"}. */
	String value();
}
