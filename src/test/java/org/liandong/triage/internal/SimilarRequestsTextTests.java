package org.liandong.triage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.liandong.workorder.Channel;
import org.liandong.workorder.Nature;
import org.liandong.workorder.Urgency;
import org.liandong.workorder.WorkOrderStatus;
import org.liandong.workorder.WorkOrderSummary;

/** The text triage reads of an order: a title derived from the content is not read twice. */
class SimilarRequestsTextTests {

	static WorkOrderSummary order(String title, String content) {
		return new WorkOrderSummary("o1", "WH1", WorkOrderStatus.RECEIVED, Channel.HOTLINE, Nature.COMPLAINT, title,
				content, null, null, null, null, null, null, Urgency.NORMAL, false, null, List.of(), null, null, false,
				false, null, 0, null, Instant.EPOCH, Instant.EPOCH, null, 0, null, false);
	}

	@Test
	void aTitleTheContentBeginsWithIsReadOnce() {
		assertThat(SimilarRequests.text(order("路灯不亮", "路灯不亮。晚上出行不便"))).isEqualTo("路灯不亮。晚上出行不便");
	}

	@Test
	void aTitleCutFromTheContentWithAnEllipsisIsReadOnce() {
		String content = "竹岛街道海滨北路12号附近下水道堵塞污水外溢，已经反映多次，请尽快处理（17）";
		assertThat(SimilarRequests.text(order(content.substring(0, 30) + "…", content))).isEqualTo(content);
	}

	@Test
	void aTitleOfItsOwnComesBeforeTheContent() {
		assertThat(SimilarRequests.text(order("噪音扰民", "楼上装修，周末早上七点开始施工")))
			.isEqualTo("噪音扰民\n楼上装修，周末早上七点开始施工");
		assertThat(SimilarRequests.text(order("下水道…", "路灯不亮"))).as("an ellipsis of its own")
			.isEqualTo("下水道…\n路灯不亮");
		assertThat(SimilarRequests.text(order(null, "路灯不亮"))).isEqualTo("路灯不亮");
	}
}
