/**
 * Reference data of the jurisdiction: administrative regions (city → district → street/town → community), the
 * tree of handling units, and the responsibility list (责任清单) of items with their routing rules and limits.
 * Loaded from {@code liandong.directory.data-location} on first start; read by other modules through
 * {@link org.liandong.directory.Directory} (in-memory snapshots); items change through the API, CSV/Excel import
 * and the {@code /items} pages; other modules' pages offer the units in their unit-code fields through the bean
 * {@code names} and the fragment {@code directory/units :: list}. See {@code docs/reference-data.md}.
 * <p>
 * Tables owned: {@code dir_region}, {@code dir_unit}, {@code dir_item}. Events published: {@link ItemChanged}
 * (create, update, import; not the first load). Depends on: {@code shared} only (the ADMIN check reads the granted
 * authority, not the identity module, which depends on this one).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Directory")
package org.liandong.directory;
