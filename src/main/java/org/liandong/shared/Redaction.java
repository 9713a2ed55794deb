package org.liandong.shared;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes personal data from free text shown to those who may not see it (Open311's public answers, a confidential
 * order's text as its units read it): mobile and landline numbers, resident ID numbers (also written with spaces or
 * hyphens, see {@link NumberRedaction}), e-mail addresses, the order's own citizen name and phone number wherever
 * they occur, and other names where the text introduces them (我叫…, 姓名…, 联系人…, 王先生).
 */
public final class Redaction {

	/**
	 * The shortest known name removed wherever it occurs, in characters (code points): one Han character is a
	 * common word far more often than a name, and removing it everywhere would blank out ordinary text.
	 */
	public static final int MIN_KNOWN_NAME_LENGTH = 2;

	/**
	 * Compound surnames (复姓), after which a given name of one or two characters makes a name of three or four; any
	 * other introduced name has two or three characters, so that a four-character phrase (市民反映强烈，) is no name.
	 */
	private static final String COMPOUND_SURNAME = "欧阳|司马|上官|诸葛|东方|皇甫|尉迟|公孙|慕容|长孙|宇文|司徒|夏侯|轩辕|令狐"
			+ "|钟离|澹台|南宫|西门|百里|呼延|端木|独孤|闻人|万俟|申屠|太史|公冶|濮阳|淳于|单于|赫连|东郭|第五";

	/**
	 * Words that follow a trigger (市民反映…, 本人家住…, 我是业主（…）) without being a name. None starts with a common
	 * surname (于, 曾 …), so that a name is never taken for one of them.
	 */
	private static final String NOT_A_NAME = "反映|反应|来电|投诉|举报|家住|住在|咨询|询问|表示|希望|要求|称|说"
			+ "|们|群众|朋友|代表|中心|广场|公园|服务|热线|大厅|之家|匿名|不详|未知|保密"
			+ "|业主|住户|租户|居民|本地|外地|这里|附近|楼上|楼下|老人|家长|学生|司机|商户|店主|志愿者|党员|退休"
			+ "|认为|觉得|多次|一直|今天|昨天|现在|目前|发现|看到|需要|想要|因为|已经|再次|无法|未能|不是|没有|非常"
			+ "|电话|致电|拨打|通过|居住|所在|家中|多人|纷纷"
			// what a unit's reply says a citizen did (已联系市民核实，市民表示…, 市民对处理结果满意)
			+ "|核实|核查|确认|同意|满意|认可|理解|配合|反馈|自行|沟通|协商|答复|回复|对此|对处理|对结果|告知";

	/**
	 * What ends an introduced name: white space, any punctuation, bracket or symbol, half- or full-width (，。、；：！？
	 * （）【】「」,.;:!?()[] …), the end of the text, or a word that goes on about the caller (电话, 反映, 说 …); not a
	 * digit (本人今年65岁).
	 */
	private static final String AFTER_NAME = "[\\s\\p{Z}\\p{P}\\p{S}]|$|电话|手机|联系|反映|反应|来电|投诉|举报|咨询|表示"
			+ "|要求|称|说|住|家住|的";

	/**
	 * A name the text introduces: after the introducing word (a colon, half- or full-width, may follow any of them:
	 * 我叫：赵六), a Han name of two or three characters (four with a compound surname), or a Latin one of one to
	 * three words in any letter case, apart by a space, a hyphen or a dot (姓名：Zhao Liu, ZHAO-LIU).
	 */
	private static final Pattern INTRODUCED_NAME = Pattern.compile("((?:我叫|我是|本人|姓名|联系人|名叫|市民)[:：]?\\s*)"
			+ "(?!" + NOT_A_NAME + ")((?:" + COMPOUND_SURNAME + ")[\\p{IsHan}]{1,2}|[\\p{IsHan}]{2,3}"
			+ "|\\p{IsLatin}{2,}(?:[\\s\\p{Z}\\-\\u00b7\\u30fb]\\p{IsLatin}{2,}){0,2})"
			+ "(?=" + AFTER_NAME + ")");

	/** A surname before a title (王先生, 欧阳女士: the compound surname whole). */
	private static final Pattern TITLED_NAME = Pattern.compile("((?:" + COMPOUND_SURNAME + ")|[\\p{IsHan}])"
			+ "(先生|女士|小姐|师傅|阿姨|大爷|大妈)");

	/** The dots some names are written with between their parts (王·小明, 阿依古丽·买买提): U+00B7, U+2022, U+30FB, U+FF0E. */
	private static final String NAME_DOTS = "[\\u00b7\\u2022\\u30fb\\uff0e]";

	private static final Pattern SPACES = Pattern.compile("\\s+");

	/** What may stand between the letters of a Latin name: white space, a comma or a full stop (Smith, John). */
	private static final String LATIN_GAP = "[\\s,.]*";

	private Redaction() {
	}

	/** The text without phone, ID and e-mail numbers, nor the names it introduces. */
	public static String redact(String text) {
		return redact(text, null, null);
	}

	/**
	 * As {@link #redact(String)}, and the known name of the order's citizen removed wherever it occurs (written with
	 * or without spaces between its parts, any letter case), when it has at least {@link #MIN_KNOWN_NAME_LENGTH}
	 * characters.
	 */
	public static String redact(String text, String citizenName) {
		return redact(text, citizenName, null);
	}

	/**
	 * As {@link #redact(String, String)}, and the citizen's known phone number removed wherever it occurs, with or
	 * without separators between its digits, when it has at least seven digits (a number that is no mobile or
	 * landline by its form, or one written oddly).
	 */
	public static String redact(String text, String citizenName, String citizenPhone) {
		return redact(text, citizenName, citizenPhone, Set.of());
	}

	/**
	 * As {@link #redact(String, String, String)}, and the other known names removed wherever they occur, as the
	 * citizen's own name: the names {@link #introducedNames} found in other texts of the same order, so that a name
	 * one text introduces (我叫张伟) goes from another where it stands alone (张伟家门口).
	 */
	public static String redact(String text, String citizenName, String citizenPhone, Collection<String> otherNames) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		// full-width digits (an input method's １３８…) are digits: read as ASCII ones, so every number rule sees them
		String t = NumberRedaction.redact(asciiDigits(text), citizenPhone == null ? null : asciiDigits(citizenPhone));
		Pattern known = mayHoldName(t, citizenName) ? knownName(citizenName) : null;
		if (known != null) {
			t = known.matcher(t).replaceAll("**");
		}
		for (String name : otherNames) {
			Pattern other = mayHoldName(t, name) ? knownName(name) : null;
			if (other != null) {
				t = other.matcher(t).replaceAll("**");
			}
		}
		// each pattern only where its words occur: the same answer, without running it over most requests' text
		if (containsAny(t, INTRODUCING_WORDS)) {
			t = INTRODUCED_NAME.matcher(t).replaceAll("$1**");
		}
		if (containsAny(t, TITLES)) {
			t = TITLED_NAME.matcher(t).replaceAll("*$2");
		}
		return t;
	}

	/**
	 * The text without the marks redaction leaves ({@code [电话已隐去]}, {@code [身份证号已隐去]}, {@code [邮箱已隐去]}, in
	 * other brackets or traditional characters too):
	 * for reading what a redacted text is about (a classifier took 身份证号 in the mark for the request's subject).
	 */
	public static String withoutMarks(String text) {
		if (text == null || (text.indexOf("已隐去") < 0 && text.indexOf("已隱去") < 0)) {
			return text;
		}
		return MARKS.matcher(text).replaceAll(" ");
	}

	/**
	 * A mark as redaction writes it, or as it was copied with other brackets (【】, ［］) or in traditional characters
	 * ([身份證號已隱去]): a bracketed few characters ending in 已隐去.
	 */
	private static final Pattern MARKS = Pattern.compile("[\\[【［〔(（][^\\]】］〕)）]{0,12}已[隐隱]去[\\]】］〕)）]");

	/**
	 * The names the text introduces (我叫…, 联系人：…, 市民…), those {@link #redact(String)} removes as introduced:
	 * for a caller that shows several texts of one order, to pass to
	 * {@link #redact(String, String, String, Collection)} for each of them.
	 */
	public static Set<String> introducedNames(String text) {
		Set<String> names = new LinkedHashSet<>();
		if (text == null || !containsAny(text, INTRODUCING_WORDS)) {
			return names;
		}
		// read as redact reads it, after the numbers: a name followed by its phone number (我叫张伟13812345678) is one
		Matcher m = INTRODUCED_NAME.matcher(NumberRedaction.redact(asciiDigits(text), null));
		while (m.find()) {
			names.add(m.group(2));
		}
		return names;
	}

	/** The words {@link #INTRODUCED_NAME} starts with. */
	private static final String[] INTRODUCING_WORDS = { "我叫", "我是", "本人", "姓名", "联系人", "名叫", "市民" };

	/** The titles {@link #TITLED_NAME} ends with. */
	private static final String[] TITLES = { "先生", "女士", "小姐", "师傅", "阿姨", "大爷", "大妈" };

	private static boolean containsAny(String text, String[] words) {
		for (String word : words) {
			if (text.contains(word)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the text may hold the citizen's name: a Han name (matched character by character) only where its first
	 * character occurs; a Latin one (any letter case, either order) always may.
	 */
	private static boolean mayHoldName(String text, String citizenName) {
		if (citizenName == null || citizenName.isBlank()) {
			return false;
		}
		int first = citizenName.strip().codePointAt(0);
		return Character.UnicodeScript.of(first) != Character.UnicodeScript.HAN || text.indexOf(first) >= 0;
	}

	/**
	 * The name as a pattern: its characters in order with optional white space or a name's dot between them (王小明
	 * also matches 王 小明 and 王·小明; 阿依古丽·买买提 also matches 阿依古丽买买提); a Latin name only as whole words (Li is not removed from Little), in any letter case, and in either
	 * order ({@link #latinName}).
	 */
	private static Pattern knownName(String citizenName) {
		if (citizenName == null) {
			return null;
		}
		String name = SPACES.matcher(citizenName.strip()).replaceAll(" ");
		String compact = name.replace(" ", "");
		if (compact.codePointCount(0, compact.length()) < MIN_KNOWN_NAME_LENGTH) {
			return null;
		}
		boolean latin = compact.codePoints().anyMatch(cp -> Character.isLetterOrDigit(cp)
				&& Character.UnicodeScript.of(cp) != Character.UnicodeScript.HAN);
		// a Latin name as whole words of its own script: not inside a longer Latin word (Li in Little), but where it
		// touches Chinese (来电人Andy Lau反映) it is still a word
		String body = latin ? "(?<![\\p{IsLatin}\\p{N}])(?:" + latinName(name) + ")(?![\\p{IsLatin}\\p{N}])"
				: spaced(compact.replaceAll(NAME_DOTS, ""), "(?:[\\s\\p{Z}]|" + NAME_DOTS + ")*");
		return Pattern.compile(body, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

	/**
	 * A Latin name as it is stored and with its family name moved to the end, or the other way round: Smith John
	 * also matches John Smith and Smith, John. A name stored without a space between its parts (an Open311 post's
	 * {@code last_name + first_name}: SmithJohn) is split at every point that leaves two letters or more on each
	 * side, as where the family name ends is not known.
	 */
	private static String latinName(String name) {
		String[] words = name.split(" ");
		String compact = String.join("", words);
		Set<String> orders = new LinkedHashSet<>();
		orders.add(spaced(compact, LATIN_GAP));
		if (words.length > 1) {
			for (int i = 1; i < words.length; i++) {
				String tail = String.join("", Arrays.copyOfRange(words, i, words.length));
				String head = String.join("", Arrays.copyOfRange(words, 0, i));
				orders.add(spaced(tail, LATIN_GAP) + LATIN_GAP + spaced(head, LATIN_GAP));
			}
		}
		else {
			int[] cps = compact.codePoints().toArray();
			for (int i = 2; i <= cps.length - 2; i++) {
				String head = new String(cps, 0, i);
				String tail = new String(cps, i, cps.length - i);
				orders.add(spaced(tail, LATIN_GAP) + LATIN_GAP + spaced(head, LATIN_GAP));
			}
		}
		return String.join("|", orders);
	}

	/** The characters of the text in order, quoted, with the gap between each two. */
	/** The text with full-width digits (U+FF10 to U+FF19) as ASCII digits; everything else as it is. */
	static String asciiDigits(String text) {
		StringBuilder out = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '\uFF10' && c <= '\uFF19') {
				if (out == null) {
					out = new StringBuilder(text);
				}
				out.setCharAt(i, (char) ('0' + (c - '\uFF10')));
			}
		}
		return out == null ? text : out.toString();
	}

	private static String spaced(String text, String gap) {
		StringBuilder regex = new StringBuilder();
		text.codePoints().forEach(cp -> {
			if (!regex.isEmpty()) {
				regex.append(gap);
			}
			regex.append(Pattern.quote(Character.toString(cp)));
		});
		return regex.toString();
	}
}
