package org.liandong.intake.internal;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * {@code liandong.intake.*}: the jurisdiction's Open311 identity, rate limits of the public doors,
 * the duplicate window, device-event rules and the items a grid worker may close on the spot. Every key has a
 * default (docs/intake.md).
 */
@Validated
@ConfigurationProperties("liandong.intake")
record IntakeProperties(@DefaultValue Open311 open311, @DefaultValue Portal portal,
		@DefaultValue Duplicates duplicates, @DefaultValue Devices devices, @DefaultValue Grid grid) {

	/**
	 * Open311: the jurisdiction id accepted in requests, discovery texts, the default POST rate of a new client, and
	 * the per-IP rate of the public GETs.
	 */
	record Open311(@DefaultValue("weihai.gov.cn") @NotBlank String jurisdictionId,
			@DefaultValue("12345@weihai.gov.cn") String contact,
			@DefaultValue("向威海市12345热线管理中心申请客户端应用与 api_key（管理员在 /api/v1/open311/clients 维护）。") String keyService,
			@DefaultValue("30") @Min(1) int defaultRatePerMinute, @DefaultValue("600") @Min(1) int readsPerMinute,
			@DefaultValue("false") boolean testEndpoint) {
	}

	/**
	 * The citizen portal: submissions per client IP and hour, look-ups per client IP and minute, wrong query codes per
	 * order number and hour (from any address: after them the number's look-ups wait for the hour's end), the base
	 * URL written in text messages, the secret that signs the SMS revisit links (at least 16 characters; none: one
	 * generated and shared by every instance through the database) and how long such a link stays valid.
	 */
	record Portal(@DefaultValue("10") @Min(1) int submitsPerHour, @DefaultValue("60") @Min(1) int tracksPerMinute,
			@DefaultValue("http://localhost:8080") String baseUrl, @DefaultValue("3") @Min(0) int maxPhotos,
			@DefaultValue("10") @Min(1) int wrongCodesPerHour,
			@Size(min = 16) String revisitSecret,
			@DefaultValue("P30D") Duration revisitLinkValid) {
	}

	/** Duplicate proposals: open orders within {@code days}, {@code meters} or the same address, text similarity. */
	record Duplicates(@DefaultValue("7") @Min(1) int days, @DefaultValue("300") @Min(0) int meters,
			@DefaultValue("0.35") double minScore) {
	}

	/**
	 * Device events: the accepted clock skew, and per event type the urgency of the order it opens (types not
	 * listed are only logged) and the de-duplication window per device and type.
	 */
	record Devices(@DefaultValue("PT5M") Duration window, @DefaultValue("PT30M") Duration dedupWindow,
			@DefaultValue({ "FIRE_ALARM=CRITICAL", "FORCED_DOOR=URGENT", "OBJECT_THROWN=URGENT",
					"FIRE_LANE_BLOCKED=NORMAL", "WATER_LEAK=URGENT" }) List<String> orderTypes) {

		/** The urgency of the order an event type opens, or null when the type is only logged. */
		String urgencyOf(String type) {
			for (String rule : orderTypes) {
				String[] kv = rule.split("=", 2);
				if (kv[0].strip().equalsIgnoreCase(type)) {
					return kv.length > 1 ? kv[1].strip() : "NORMAL";
				}
			}
			return null;
		}
	}

	/**
	 * Grid-worker reports: the responsibility items a grid worker may close on the spot (就地办结) with a photo and a
	 * result. Default: simple city-management events a worker can clear alone (暴露垃圾, 道路不洁, 非装饰性树挂, 道路遗撒,
	 * 非法小广告, 街头散发广告).
	 */
	record Grid(@DefaultValue({ "CE-0102", "CE-0104", "CE-0109", "CE-0112", "CE-0201",
			"CE-0204" }) List<String> onSpotItems) {

		boolean allowsOnSpot(String itemCode) {
			return itemCode != null && onSpotItems.stream().anyMatch(i -> i.strip().equalsIgnoreCase(itemCode.strip()));
		}
	}
}
