package org.liandong.triage.internal.model;

/**
 * One training or evaluation example: request text and its domain label.
 */
public record LabelledText(String text, String label) {
}
