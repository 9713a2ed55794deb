/**
 * Intake (受理) on every channel: the operator console, the citizen portal, Open311 GeoReport v2, grid-worker reports
 * and device events; duplicate proposals; the blocked-callers list (contacts from blocked numbers are logged and not
 * taken in without an operator's override). Every channel creates its order through {@code WorkOrders.receive},
 * never by writing work-order tables, and honours the {@code Idempotency-Key} header (the shared filter).
 * <p>
 * Tables owned: {@code in_open311_client}, {@code in_open311_request}, {@code in_open311_client_request},
 * {@code in_service_attribute}, {@code in_portal_ticket}, {@code in_device_source}, {@code in_device_event},
 * {@code in_duplicate}, {@code in_grid_report}, {@code in_blocked_caller}, {@code in_contact_log}. Listens to
 * {@code WorkOrderEvent.Received} (duplicate check) and {@code Merged}. Events published: none. Depends on:
 * {@code workorder}, {@code directory}, {@code knowledge}, {@code identity}, {@code files}, {@code shared}.
 * <p>
 * Seams for other modules: {@link org.liandong.intake.TriageAdvisor} (triage suggestion and similar orders; a no-op
 * by default), {@link org.liandong.intake.SmsSender} (the portal's receipt; a logging sender by default, served by
 * the notification module) and {@link org.liandong.intake.PortalOrders} (a portal order's tracking link, and the
 * signed revisit link of any order for the notification module's revisit message, answered at
 * {@code /portal/revisit/<token>}). Settings: {@code liandong.intake.*} (see {@code docs/intake.md},
 * {@code docs/open311.md}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Intake")
package org.liandong.intake;
