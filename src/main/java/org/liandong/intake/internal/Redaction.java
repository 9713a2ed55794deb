package org.liandong.intake.internal;

import java.util.regex.Pattern;

/**
 * Removes personal data from free text shown to the public (Open311 answers, portal): mobile and landline numbers,
 * resident ID numbers, e-mail addresses, and names where the text introduces them (我叫…, 姓名…, 联系人…, 王先生).
 */
final class Redaction {

	private static final Pattern ID_NUMBER = Pattern.compile("(?<!\\d)(\\d{17}[\\dXx]|\\d{15})(?![\\dXx])");

	private static final Pattern MOBILE = Pattern.compile("(?<!\\d)(\\+?86[- ]?)?1[3-9]\\d[- ]?\\d{4}[- ]?\\d{4}(?!\\d)");

	private static final Pattern LANDLINE = Pattern.compile("(?<!\\d)(0\\d{2,3}[- ]?)?[2-8]\\d{6,7}(?!\\d)");

	private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");

	private static final Pattern INTRODUCED_NAME = Pattern
		.compile("(我叫|我是|本人|姓名[:：]?|联系人[:：]?|名叫|市民)\\s*([\\p{IsHan}]{2,3})(?=[，,。.；;\\s、]|$|电话|手机|联系|反映|来电|住|家住|的)");

	private static final Pattern TITLED_NAME = Pattern.compile("([\\p{IsHan}])(先生|女士|小姐|师傅|阿姨|大爷|大妈)");

	private Redaction() {
	}

	static String redact(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		String t = ID_NUMBER.matcher(text).replaceAll("[身份证号已隐去]");
		t = MOBILE.matcher(t).replaceAll("[电话已隐去]");
		t = LANDLINE.matcher(t).replaceAll("[电话已隐去]");
		t = EMAIL.matcher(t).replaceAll("[邮箱已隐去]");
		t = INTRODUCED_NAME.matcher(t).replaceAll("$1**");
		t = TITLED_NAME.matcher(t).replaceAll("*$2");
		return t;
	}
}
