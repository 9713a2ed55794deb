package org.liandong.intake.internal;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A grid worker's report ({@code POST /api/v1/grid-reports}): what and where, photos ({@code attachments}, ids from
 * {@code POST /api/v1/files}), and optionally {@code closeOnSpot} with the {@code result} of the on-site handling.
 * {@code gridCode} may be left out by a worker with exactly one grid.
 */
@Schema(requiredProperties = "content")
record GridReport(String content, List<String> attachments, Double lat, Double lon,
		@Schema(allowableValues = { "WGS84", "GCJ02" }) String coordSystem,
		String address, String regionCode, String gridCode, String itemCode, Boolean closeOnSpot, String result) {

	GridReport {
		attachments = attachments == null ? List.of() : attachments;
	}

	boolean onSpot() {
		return Boolean.TRUE.equals(closeOnSpot);
	}
}
