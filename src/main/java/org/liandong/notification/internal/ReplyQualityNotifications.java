package org.liandong.notification.internal;

import java.util.List;
import java.util.stream.Collectors;

import org.liandong.evaluation.ReplyQualityFlagged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A reply scored low is flagged to the supervisors whose scope covers the order, before the revisit (issue 6,
 * docs/reply-quality.md), and copied by e-mail as other supervision notices are. The text names the order, the
 * score and the reasons by their codes only (the missing key points a reason lists are words of the citizen's
 * request: left out). Idempotent: once per flag and recipient, however often the event is delivered.
 */
@Component
class ReplyQualityNotifications {

	private final Notifier notifier;

	ReplyQualityNotifications(Notifier notifier) {
		this.notifier = notifier;
	}

	@ApplicationModuleListener
	void on(ReplyQualityFlagged e) {
		var order = notifier.order(e.orderId());
		if (order == null) {
			return;
		}
		String key = "REPLY_QUALITY_LOW:" + e.orderId() + ":" + e.at().toEpochMilli();
		List<String> args = List.of(order.number(), String.valueOf(Math.round(e.score())), codes(e.reasons()));
		notifier.toSupervisorsOf(order.id(), key, NotificationKind.REPLY_QUALITY_LOW, args,
				"/work-orders/" + order.id());
		notifier.emailCopies(key, NotificationKind.REPLY_QUALITY_LOW, order.id(), args);
	}

	/** {@code MISSING_POINTS:路灯,井盖} is said as {@code MISSING_POINTS}. */
	static String codes(List<String> reasons) {
		return reasons == null ? ""
				: reasons.stream().map(r -> r.split(":", 2)[0].strip()).distinct().collect(Collectors.joining(","));
	}
}
