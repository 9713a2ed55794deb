/**
 * Evaluation (考核): revisits, the rates of docs/evaluation.md (sign, response, on-time, resolution, satisfaction,
 * returns, reopens, overdue, composite score) per unit, district, street, item and period, monthly rankings with
 * their classes, the public league table, the leaders' dashboard, monthly reports (Excel, PDF) and the automatic
 * reply-quality score (docs/reply-quality.md).
 * <p>
 * Tables owned: {@code ev_order}, {@code ev_event}, {@code ev_fact} (rate read model, rebuilt per order from its
 * events), {@code ev_reply_quality}, {@code ev_export_job} (asynchronous report exports and their files). Events
 * published: {@link org.liandong.evaluation.ReplyQualityFlagged}.
 * Depends on: {@code workorder} (reads orders only through {@code WorkOrders} and its events, acts through
 * {@code WorkOrders.act}), {@code directory}, {@code identity}, {@code shared}. Listens to: {@code workorder}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Evaluation")
package org.liandong.evaluation;
