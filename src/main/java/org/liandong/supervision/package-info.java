/**
 * Supervision (督办) and urging (催办): supervision orders on work orders with a level (一般/重点/挂牌), a reason and
 * their own deadline; urgings that notify the lead unit; a supervision record opened automatically, once, for every
 * breached deadline of a work order (sign, response, handling); history per unit. Records, not work-order states.
 * A record follows the order: a breach's ends when the order leaves the unit, a supervisor's goes to the lead unit.
 * <p>
 * HTTP (CONTRACT §7): {@code POST /api/v1/work-orders/{id}/supervise}, {@code POST /api/v1/work-orders/{id}/urge},
 * {@code GET /api/v1/supervisions?unit=&open=}, {@code GET /api/v1/supervisions/units}; page {@code /supervision}.
 * Settings: {@code liandong.supervision.*}. See {@code docs/supervision.md}.
 * <p>
 * Tables owned: {@code sv_supervision} (migrations {@code V1_10_1} to {@code V1_10_3}), {@code sv_urge}. Supervision
 * deadlines have owner type {@code SUPERVISION}.
 * Events published: {@link org.liandong.supervision.SupervisionOpened}, {@link org.liandong.supervision.OrderUrged}.
 * Depends on: {@code workorder}, {@code deadline}, {@code directory}, {@code identity}, {@code shared}. Listens to:
 * {@code workorder} (an order's breached deadline opens a supervision; signing, the first contact, a reply or a
 * finished order ends it; a dispatch, reassignment or approved return moves or ends it), {@code deadline} (a
 * supervision's own breached deadline).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Supervision")
package org.liandong.supervision;
