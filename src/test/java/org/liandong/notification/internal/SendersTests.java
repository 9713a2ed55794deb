package org.liandong.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The default SMS sender of the notifications logs a citizen's message with the number and the query code masked. */
@ExtendWith(OutputCaptureExtension.class)
class SendersTests {

	@Test
	void aCitizensMessageIsLoggedWithoutTheNumberAndTheQueryCode(CapturedOutput output) {
		new Senders().loggingSmsSender().send("13987650125", "【12345】您的诉求（工单号 WH20261129000002）已办理完毕，请凭查询码"
				+ "在线评价：http://localhost:8080/portal/track?number=WH20261129000002&code=261873");
		assertThat(output.getOut()).contains("139****0125", "WH20261129000002", "code=******")
			.doesNotContain("13987650125", "261873");
	}
}
