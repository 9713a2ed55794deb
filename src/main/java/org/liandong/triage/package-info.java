/**
 * Smart triage: classifies request text into a domain and a responsibility item with a confidence, resolves the
 * place (gazetteer of Weihai names, coordinates to grids), proposes the lead unit, and finds similar requests.
 * <p>
 * Public API: {@link org.liandong.triage.Triage} (suggestions), {@link org.liandong.triage.OrderTriage} (the
 * suggestion for a received order, cached per order version; used by the dispatcher's console),
 * {@link org.liandong.triage.Places} (place and grid lookup). Tables owned: {@code tr_model} (versioned classifier models with their figures), {@code tr_grid}
 * (grids; the demo grids are generated from H3 cells at first start). Events published: none. Depends on
 * {@code directory}, {@code identity} (actors, demo grid workers; implements its {@code GridCodes} seam: a grid
 * worker's grids exist), {@code workorder} (search, find, automatic dispatch; implements its {@code PlaceResolver}
 * seam, the region of an order's grid too, and whether a point lies in the city and in a grid), {@code intake} (implements its {@code TriageAdvisor} seam; intake does
 * not depend on triage).
 * Listens to {@code WorkOrderEvent.Received} (similarity index, after the commit and without an outbox row: its
 * catch-up reads the orders from the database; automatic dispatch, order suggestions) and {@code Closed} (history).
 * Endpoints: {@code POST /api/v1/triage}, {@code /api/v1/triage/model}, {@code /api/v1/triage/training-data},
 * {@code GET /api/v1/grids}, {@code /api/v1/grids/{code}}, {@code GET /api/v1/work-orders/{id}/similar}; page
 * {@code /triage}. Settings {@code liandong.triage.*} (docs/triage.md).
 * <p>
 * The command {@code java -jar liandong.jar triage-eval --train FILE --test FILE} evaluates the domain classifier
 * without starting the platform ({@link org.liandong.triage.TriageCommand}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Triage")
package org.liandong.triage;
