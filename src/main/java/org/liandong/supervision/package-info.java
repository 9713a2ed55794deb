/**
 * Supervision (督办) and urging (催办): supervision orders on work orders with a level (一般/重点/挂牌), a reason and
 * their own deadline; urgings that notify the lead unit; a supervision record opened automatically, once, for every
 * breached handling deadline of a work order; history per unit. Records, not work-order states.
 * <p>
 * HTTP (CONTRACT §7): {@code POST /api/v1/work-orders/{id}/supervise}, {@code POST /api/v1/work-orders/{id}/urge},
 * {@code GET /api/v1/supervisions?unit=&open=}, {@code GET /api/v1/supervisions/units}; page {@code /supervision}.
 * Settings: {@code liandong.supervision.*}. See {@code docs/supervision.md}.
 * <p>
 * Tables owned: {@code sv_supervision}, {@code sv_urge}. Supervision deadlines have owner type {@code SUPERVISION}.
 * Events published: {@link org.liandong.supervision.SupervisionOpened}, {@link org.liandong.supervision.OrderUrged}.
 * Depends on: {@code workorder}, {@code deadline}, {@code directory}, {@code identity}, {@code shared}. Listens to:
 * {@code workorder} (an order flagged overdue for its handling deadline opens a supervision; a replied or finished
 * order ends it), {@code deadline} (a supervision's own breached deadline).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Supervision")
package org.liandong.supervision;
