package org.liandong.workorder.internal;

import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.liandong.workorder.Channel;
import org.liandong.workorder.Nature;
import org.liandong.workorder.Urgency;

import io.swagger.v3.oas.annotations.media.Schema;

/** Body of {@code POST /api/v1/work-orders} (CONTRACT §4). */
record CreateWorkOrderRequest(
		@NotNull @Schema(implementation = Channel.class) String channel,
		@NotBlank @Size(max = 4000) String content,
		@Schema(implementation = Nature.class, description = "default: the item's, else COMPLAINT") String nature,
		@Size(max = 200) String title,
		@Size(max = 100) String citizenName,
		@Size(max = 40) @Pattern(regexp = "[0-9+\\-() ]{3,40}", message = "must be a telephone number") String citizenPhone,
		@Size(max = 500) String address,
		@DecimalMin("-90") @DecimalMax("90") Double lat,
		@DecimalMin("-180") @DecimalMax("180") Double lon,
		@Schema(allowableValues = { "WGS84", "GCJ02" }, description = "default WGS84") String coordSystem,
		@Pattern(regexp = "\\d{12}", message = "must be a 12-digit region code") String regionCode,
		@Size(max = 64) String itemCode,
		@Schema(implementation = Urgency.class, description = "default: the item's, else NORMAL") String urgency,
		Boolean confidential,
		@Size(max = 10) List<String> attachments) {
}
