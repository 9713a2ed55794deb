/**
 * Notifications: an in-app inbox per user fed by the other modules' events (new order for the lead unit's handlers,
 * urged, supervised, whistle, deadline warned and breached, reopened, on-site verification, a reply of low quality
 * to the supervisors of the order's scope), and pluggable senders for SMS and e-mail
 * ({@link org.liandong.notification.SmsSender}, {@link org.liandong.notification.EmailSender}: logging by default,
 * SMTP through Spring Mail when {@code spring.mail.host} is set) through which citizens are told of receipt, result
 * and revisit (for every order with the portal's signed link for answering that revisit online). Message templates
 * per event in zh-CN and en ({@code i18n/notification*}).
 * <p>
 * HTTP (CONTRACT §9): {@code GET /api/v1/notifications?unread=}, {@code POST /api/v1/notifications/{id}/read};
 * page {@code /notifications}. Settings: {@code liandong.notification.*}. See {@code docs/notifications.md}.
 * <p>
 * Outgoing messages are recorded in {@code nt_delivery} in the transaction that decides them and sent after it
 * commits, pending ones again by a sweep (docs/adr/0007); the receipt is decided in the intake's own transaction.
 * <p>
 * Tables owned: {@code nt_notification}, {@code nt_delivery}. Events published: none. Depends on: {@code identity}
 * (recipients), {@code directory} (units by name), {@code workorder} (order numbers, the citizen's phone, who may see
 * an order), {@code linkage}, {@code supervision}, {@code evaluation} (its {@code ReplyQualityFlagged}),
 * {@code intake} (serves its SMS seam; asks {@code PortalOrders} for a portal order's link and every order's
 * revisit link), {@code shared}. Listens to: {@code workorder}, {@code linkage}, {@code supervision},
 * {@code evaluation}. One SMS per event: a portal order's receipt is sent by the portal (the query code exists only
 * there), every other citizen message here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification")
package org.liandong.notification;
