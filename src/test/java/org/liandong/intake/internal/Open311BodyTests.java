package org.liandong.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;

/** The XML writer of the Open311 answers: escaping, and only characters XML 1.0 allows. */
class Open311BodyTests {

	private static String description(String text) {
		return Open311Body.xml("service_requests", List.of(Map.of("description", text)));
	}

	private static void assertWellFormed(String xml) {
		assertThatCode(() -> DocumentBuilderFactory.newInstance()
			.newDocumentBuilder()
			.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))).doesNotThrowAnyException();
	}

	@Test
	void escapesMarkup() {
		assertThat(description("<a href='x'>&\"</a>")).endsWith(
				"<description>&lt;a href=&apos;x&apos;&gt;&amp;&quot;&lt;/a&gt;</description></request></service_requests>");
	}

	@Test
	void dropsNonCharactersUnpairedSurrogatesAndControlsButKeepsPairsAndWhitespace() {
		String text = "a\uFFFEb\uFFFFc\uD800d\uDC00e\u0001f\u001Fg\t\n\r𠀀h\uD83D";
		String xml = description(text);
		assertThat(xml).contains("<description>abcdefg\t\n\r𠀀h</description>");
		assertWellFormed(xml);
	}

	@Test
	void aLowSurrogateBeforeAHighOneIsNoPair() {
		String xml = description("x\uDC00\uD800y");
		assertThat(xml).contains("<description>xy</description>");
		assertWellFormed(xml);
	}
}
