/**
 * Smart triage: classifies request text into a domain and a responsibility item with a confidence, resolves the
 * place (gazetteer of Weihai names, coordinates to grids), proposes the lead unit, and finds similar requests.
 * <p>
 * Public API: {@link org.liandong.triage.Triage} (suggestions), {@link org.liandong.triage.Places} (place and grid
 * lookup). Tables owned: {@code tr_model} (versioned classifier models with their figures), {@code tr_grid}
 * (demo grids). Events published: none. Depends on {@code directory}, {@code identity}, {@code workorder};
 * listens to {@code WorkOrderEvent} to keep the similarity index current.
 * <p>
 * The command {@code java -jar liandong.jar triage-eval --train FILE --test FILE} evaluates the domain classifier
 * without starting the platform ({@link org.liandong.triage.TriageCommand}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Triage")
package org.liandong.triage;
