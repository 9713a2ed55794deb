/**
 * Linkage (一哨联动): a unit blows a whistle on a work order or a standalone matter, summoning other units that must
 * report (报到) within a limit that depends on the whistle's type; late and missing reports are flagged; the whistle
 * keeps its own timeline, is closed by the blowing unit, which then rates each responder. Statistics per unit.
 * <p>
 * HTTP (CONTRACT §7): {@code POST /api/v1/whistles}, {@code GET /api/v1/whistles[/{id}]},
 * {@code POST /api/v1/whistles/{id}/report|close|rate}, {@code GET /api/v1/whistles/statistics}; pages
 * {@code /whistles}. Settings: {@code liandong.linkage.*}. See {@code docs/linkage.md}.
 * <p>
 * Tables owned: {@code lk_whistle}, {@code lk_summons}, {@code lk_timeline}. Report limits are deadlines of owner
 * type {@code WHISTLE}, kind {@code REPORT}. Events published: {@link org.liandong.linkage.WhistleBlown},
 * {@link org.liandong.linkage.WhistleReported}, {@link org.liandong.linkage.WhistleClosed},
 * {@link org.liandong.linkage.WhistleRated}. Depends on: {@code workorder} (summoned units, timeline),
 * {@code deadline}, {@code directory}, {@code identity}, {@code shared}. Listens to: {@code deadline} (report limits).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Linkage")
package org.liandong.linkage;
