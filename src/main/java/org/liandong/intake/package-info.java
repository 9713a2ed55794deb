/**
 * Intake (受理) on every channel: the operator console, the citizen portal, Open311 GeoReport v2, grid-worker reports
 * and device events; duplicate proposals. Every channel creates its order through {@code WorkOrders.receive}, never
 * by writing work-order tables, and honours the {@code Idempotency-Key} header (the shared filter).
 * <p>
 * Tables owned: {@code in_open311_client}, {@code in_open311_request}, {@code in_service_attribute},
 * {@code in_portal_ticket}, {@code in_device_source}, {@code in_device_event}, {@code in_duplicate},
 * {@code in_grid_report}. Listens to {@code WorkOrderEvent.Received} (duplicate check) and {@code Merged}.
 * Events published: none. Depends on: {@code workorder}, {@code directory}, {@code knowledge}, {@code identity},
 * {@code files}, {@code shared}. Seams for other modules: {@link org.liandong.intake.TriageAdvisor} (triage
 * suggestion and similar orders; a no-op by default) and {@link org.liandong.intake.SmsSender} (a logging sender by
 * default; the notification module serves it) and {@link org.liandong.intake.PortalOrders} (the link of a portal
 * order, for the notification module's revisit text). Settings: {@code liandong.intake.*} (see {@code docs/intake.md}, {@code docs/open311.md}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Intake")
package org.liandong.intake;
