package org.liandong.workorder;

import java.util.List;

/**
 * A request taken in by a channel module. Only {@code channel} and {@code content} are required; the rest as in
 * CONTRACT §4 ({@code coordSystem} WGS84 or GCJ02; {@code gridCode} when the channel resolved the grid).
 */
public record NewWorkOrder(Channel channel, String content, Nature nature, String title, String citizenName,
		String citizenPhone, String address, Double lat, Double lon, String coordSystem, String regionCode,
		String gridCode, String itemCode, Urgency urgency, boolean confidential, List<String> attachments) {

	public NewWorkOrder {
		attachments = attachments == null ? List.of() : List.copyOf(attachments);
	}
}
