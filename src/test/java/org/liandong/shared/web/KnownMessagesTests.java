package org.liandong.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

class KnownMessagesTests {

	final KnownMessages known = new KnownMessages().add("Unknown unit: (.*)", "x.unknownUnit")
		.add("Work order (\\S+) is (\\w+)\\.", "x.state");

	final StaticMessageSource messages = new StaticMessageSource();

	KnownMessagesTests() {
		messages.addMessage("x.unknownUnit", Locale.SIMPLIFIED_CHINESE, "单位代码 {0} 不存在。");
		messages.addMessage("x.state", Locale.SIMPLIFIED_CHINESE, "工单 {0} 处于{1}状态。");
	}

	@Test
	void aKnownMessageIsSaidWithItsPartsAsArguments() {
		assertThat(known.say(" Unknown unit: NOPE ", messages, Locale.SIMPLIFIED_CHINESE)).isEqualTo("单位代码 NOPE 不存在。");
		assertThat(known.match("Work order WH1 is CLOSED.")).hasValueSatisfying(m -> {
			assertThat(m.key()).isEqualTo("x.state");
			assertThat(m.args()).containsExactly("WH1", "CLOSED");
		});
	}

	@Test
	void anyOtherMessageIsSaidAsItIs() {
		assertThat(known.say("Something else.", messages, Locale.SIMPLIFIED_CHINESE)).isEqualTo("Something else.");
		assertThat(known.say(null, messages, Locale.SIMPLIFIED_CHINESE)).isEmpty();
		assertThat(known.match("Unknown unit")).isEmpty();
	}
}
