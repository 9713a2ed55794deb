package org.liandong.workorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** Open is neither final nor merged: the states a duplicate can still join and Open311 reports as open. */
class WorkOrderStatusTests {

	@Test
	void theOpenStatesAreThoseNeitherFinalNorMerged() {
		assertThat(Arrays.stream(WorkOrderStatus.values()).filter(WorkOrderStatus::isOpen))
			.containsExactlyInAnyOrder(WorkOrderStatus.RECEIVED, WorkOrderStatus.DISPATCHED, WorkOrderStatus.IN_PROGRESS,
					WorkOrderStatus.RETURN_PENDING, WorkOrderStatus.VERIFYING, WorkOrderStatus.REVISITING,
					WorkOrderStatus.SHELVED);
		assertThat(WorkOrderStatus.MERGED.isOpen()).isFalse();
		assertThat(Arrays.stream(WorkOrderStatus.values()).filter(WorkOrderStatus::isFinal))
			.noneMatch(WorkOrderStatus::isOpen);
	}
}
