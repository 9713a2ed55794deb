/**
 * Work orders (工单): the aggregate of one citizen request through its whole life, its guarded lifecycle
 * (DESIGN §3, CONTRACT §4), its append-only timeline, human-readable numbers, visibility rules and the clocks it
 * keeps through the deadline module. The orders this node took in moments ago are kept in memory, as taken in, for
 * the listeners of their intake ({@link WorkOrders#takenIn}).
 * <p>
 * Tables owned: {@code wo_order}, {@code wo_participant}, {@code wo_timeline}, sequence {@code wo_number_seq} (taken
 * in blocks of 32 per node; on the embedded H2 moved past today's numbers at start where a killed process left it
 * behind them, {@code internal.NumbersInUse} for {@link org.liandong.shared.SequenceInUse}).
 * Events published: the records nested in {@link WorkOrderEvent}, one per transition. Other modules add panels to the
 * order's page through {@link OrderPagePanel} beans (supervision's 督办 and 催办), without this module depending on them.
 * Depends on: {@code directory} (items, units, regions), {@code deadline} (clocks), {@code identity} (actors,
 * personal-data audit), {@code files} (evidence), {@code shared}. Listens to: {@code deadline} (warned, breached).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Work orders")
package org.liandong.workorder;
