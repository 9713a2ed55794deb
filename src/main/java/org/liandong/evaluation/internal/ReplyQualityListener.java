package org.liandong.evaluation.internal;

import org.liandong.evaluation.ReplyQualityFlagged;
import org.liandong.workorder.WorkOrderEvent;
import org.liandong.workorder.WorkOrders;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Scores each reply as it is given; a low score is written on the order's timeline (REPLY_QUALITY_LOW) and
 * published as {@link ReplyQualityFlagged}, so supervisors see it before the revisit. Idempotent per reply.
 */
@Component
class ReplyQualityListener {

	private final WorkOrders orders;
	private final ReplyQualityStore store;
	private final ApplicationEventPublisher events;
	private final EvaluationProperties.ReplyQualityRules rules;

	ReplyQualityListener(WorkOrders orders, ReplyQualityStore store, ApplicationEventPublisher events,
			EvaluationProperties properties) {
		this.orders = orders;
		this.store = store;
		this.events = events;
		this.rules = properties.replyQuality();
	}

	@ApplicationModuleListener
	void on(WorkOrderEvent.Replied replied) {
		if (!rules.enabled()) {
			return;
		}
		orders.find(replied.orderId()).ifPresent(order -> {
			String request = (order.title() == null ? "" : order.title() + "\n") + order.content();
			var score = ReplyQualityScorer.score(request, order.result(), replied.onTime());
			boolean flagged = score.score() < rules.flagBelow();
			if (store.save(replied.orderId(), replied.at(), replied.unitCode(), score, flagged) && flagged) {
				orders.recordOnTimeline(replied.orderId(), "system", "REPLY_QUALITY_LOW",
						"score " + score.score() + ": " + String.join(", ", score.reasons()));
				events.publishEvent(new ReplyQualityFlagged(replied.orderId(), replied.unitCode(), score.score(),
						score.reasons(), replied.at()));
			}
		});
	}
}
