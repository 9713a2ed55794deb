/**
 * Reference data of the jurisdiction: administrative regions (city → district → street/town → community), the
 * tree of handling units, and the responsibility list (责任清单) of items with their routing rules and limits.
 * <p>
 * Tables owned: {@code dir_region}, {@code dir_unit}, {@code dir_item}. Events published: {@link ItemChanged}.
 * Depends on: {@code shared} only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Directory")
package org.liandong.directory;
