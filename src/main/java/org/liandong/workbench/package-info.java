/**
 * Working pages of the closed loop, built only on the work-order API: the dispatcher console (queue of received
 * orders by urgency and age with triage's suggestion (domain, item, lead unit, confidence, place) filled in,
 * one-click and bulk dispatch with it, return and extension queues), the unit workbench (the unit's orders coloured by deadline, sign, co-unit opinions) and the
 * on-site verification list (核查) with its deadline. Labels in {@code i18n/linkage*}.
 * <p>
 * Pages: {@code /workbench/dispatch}, {@code /workbench/unit}, {@code /workbench/verification}. Settings:
 * {@code liandong.workbench.*}. Tables owned: none (verification deadlines are deadline rows of owner type
 * {@code VERIFICATION}). Events published: none. Depends on: {@code workorder}, {@code deadline},
 * {@code directory}, {@code identity}, {@code shared}, {@code triage} ({@code OrderTriage}). Listens to:
 * {@code workorder} (replied, verified).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workbench")
package org.liandong.workbench;
