package org.liandong.triage.internal;

import org.liandong.workorder.WorkOrderEvent;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Hands every order taken in to {@link AutoDispatch}, and exists only when automatic dispatch is enabled: a
 * listener that does nothing still costs every intake an outbox row, its update and delete, and a transaction.
 */
@Component
@ConditionalOnProperty(name = "liandong.triage.auto-dispatch.enabled", havingValue = "true")
class AutoDispatchListener {

	private final AutoDispatch autoDispatch;

	AutoDispatchListener(AutoDispatch autoDispatch) {
		this.autoDispatch = autoDispatch;
	}

	@ApplicationModuleListener
	void on(WorkOrderEvent.Received event) {
		autoDispatch.on(event);
	}
}
