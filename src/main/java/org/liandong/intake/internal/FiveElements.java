package org.liandong.intake.internal;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The 五要素 of a request as the operator takes it: who (a phone number or a name), when (the content says when it
 * happens), where (an address or a region), what (content of at least {@value #MIN_CONTENT} characters) and how
 * (the responsibility item or the nature is chosen). Advisory: the console shows what is missing while the call goes
 * on; only the content itself is required to take the order in.
 */
final class FiveElements {

	static final int MIN_CONTENT = 10;

	private static final Pattern TIME = Pattern.compile(
			"\\d{1,2}[点时:：]|[今昨前明]天|[早晚中]上|凌晨|上午|下午|傍晚|夜[里间]|半夜|每天|每晚|天天|一直|经常|最近|近期|"
					+ "\\d+\\s*[天日周月年号]|[一二三四五六七八九十两几]+[天日周个月年]|周[一二三四五六日末]|星期|月份|\\d{4}[-/年]");

	private FiveElements() {
	}

	/** One of the five elements: its message key suffix (who, when, where, what, how) and whether it is present. */
	record Check(String key, boolean ok) {
	}

	static List<Check> of(ConsoleForm f) {
		String content = PortalIntake.trim(f.content());
		return List.of(new Check("who", present(f.citizenPhone()) || present(f.citizenName())),
				new Check("when", content != null && TIME.matcher(content).find()),
				new Check("where", present(f.address()) || present(f.regionCode())),
				new Check("what", content != null && content.codePointCount(0, content.length()) >= MIN_CONTENT),
				new Check("how", present(f.itemCode()) || present(f.nature())));
	}

	static boolean complete(List<Check> checks) {
		return checks.stream().allMatch(Check::ok);
	}

	private static boolean present(String s) {
		return s != null && !s.isBlank();
	}
}
