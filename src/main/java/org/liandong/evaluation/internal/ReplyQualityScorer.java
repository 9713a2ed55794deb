package org.liandong.evaluation.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import org.liandong.shared.text.ChineseAnalyzer;

/**
 * The automatic reply-quality score (docs/reply-quality.md): relevance (cosine similarity of the words of request and
 * reply), completeness (share of the request's key points, see {@link #keyPoints}, the reply mentions, less when it states no action or
 * result) and timeliness (replied by the due time), 40/40/20, on 0–100, with the reasons as codes
 * {@code LOW_RELEVANCE}, {@code MISSING_POINTS:a,b}, {@code NO_RESULT}, {@code TOO_SHORT}, {@code LATE}, and
 * {@code RESTATES_REQUEST} for a reply that is mostly the request copied, scored on what it says of its own
 * ({@link #withoutQuotes}).
 */
final class ReplyQualityScorer {

	/** The score, its parts (0–1) and the reasons it is not higher. */
	record Score(double score, double relevance, double completeness, double timeliness, List<String> reasons) {
	}

	static final int KEY_POINTS = 6;
	/** The shortest passage of a reply taken for a copy of the request's words (a clause, not a phrase). */
	static final int QUOTE = 8;
	/** A reply that is at least this share copy is scored on the rest, and says so ({@code RESTATES_REQUEST}). */
	static final double RESTATED_SHARE = 0.5;
	static final int MIN_LENGTH = 30;
	/** Cosine similarity at which relevance counts as full; replies use other words than requests. */
	static final double FULL_RELEVANCE = 0.35;

	private static final Analyzer ANALYZER = new ChineseAnalyzer();
	private static final Set<String> GENERIC = Set.of("您好", "你好", "我们", "你们", "他们", "问题", "情况", "反映",
			"网友", "留言", "感谢", "谢谢", "希望", "请问", "现在", "目前", "进行", "相关", "有关", "工作", "没有", "可以",
			"已经", "这个", "那个", "什么", "怎么", "如何", "为什么", "一个", "需要", "要求", "领导", "部门", "答复", "如下",
			"关于", "以及", "还是", "但是", "因为", "所以", "如果", "一直", "多次", "非常", "市民", "群众", "政府",
			// when it happened and how soon it should be done, which a reply need not repeat
			"今天", "昨天", "前天", "明天", "晚上", "早上", "上午", "下午", "中午", "夜里", "每天", "天天", "最近", "经常",
			"总是", "好几", "几天", "尽快", "马上", "及时", "赶紧", "处理", "一下", "麻烦", "街道");
	private static final List<String> RESULT_WORDS = List.of("已", "经核实", "核实", "处理", "解决", "安排", "整改",
			"办理", "协调", "根据", "规定", "维修", "清理", "完成", "落实", "调查", "联系", "告知", "建议您", "依法");

	private ReplyQualityScorer() {
	}

	static Score score(String request, String reply, boolean onTime) {
		String written = reply == null ? "" : reply;
		List<String> reasons = new ArrayList<>();
		// what the reply says of its own: a passage copied from the request answers none of it
		// a reply that is mostly the request copied is scored on what it says of its own: the copy answers nothing
		// (a reply quoting the request's place and matter before its answer is scored whole, as written)
		OwnWords own = withoutQuotes(written, request == null ? "" : request);
		boolean restates = !written.isBlank() && own.copied() >= RESTATED_SHARE * written.strip().length();
		String replyText = restates ? own.text() : written;
		if (restates) {
			reasons.add("RESTATES_REQUEST");
		}
		Map<String, Integer> asked = terms(request == null ? "" : request);
		Map<String, Integer> answered = terms(replyText);
		double relevance = Math.min(1.0, cosine(alsoCutAs(asked, request == null ? "" : request, answered),
				alsoCutAs(answered, replyText, asked)) / FULL_RELEVANCE);
		if (relevance < 0.4) {
			reasons.add("LOW_RELEVANCE");
		}
		List<String> points = keyPoints(request == null ? "" : request, asked);
		List<String> missing = points.stream().filter(p -> !replyText.contains(p)).toList();
		double completeness = points.isEmpty() ? 1.0 : 1.0 - (double) missing.size() / points.size();
		if (!missing.isEmpty() && completeness < 0.75) {
			reasons.add("MISSING_POINTS:" + String.join(",", missing));
		}
		if (RESULT_WORDS.stream().noneMatch(replyText::contains)) {
			completeness *= 0.5;
			reasons.add("NO_RESULT");
		}
		if (replyText.strip().length() < MIN_LENGTH) {
			completeness *= 0.5;
			reasons.add("TOO_SHORT");
		}
		double timeliness = onTime ? 1.0 : 0.4;
		if (!onTime) {
			reasons.add("LATE");
		}
		double score = RatePolicy.round(100 * (0.4 * relevance + 0.4 * completeness + 0.2 * timeliness), 1);
		return new Score(score, RatePolicy.round(relevance, 3), RatePolicy.round(completeness, 3), timeliness,
				List.copyOf(reasons));
	}

	/** A reply without the passages it copied from the request, and how many characters those were. */
	record OwnWords(String text, int copied) {
	}

	/**
	 * The reply without the passages it copied from the request (each of at least {@link #QUOTE} characters, the
	 * longest first from left to right), each left as a comma: 关于竹岛街道海滨路路灯不亮，晚上行人出行不便的问题，已处理
	 * says of its own only 关于，的问题，已处理. A request's words met again outside the copy still count.
	 */
	static OwnWords withoutQuotes(String reply, String request) {
		if (reply.length() < QUOTE || request.length() < QUOTE) {
			return new OwnWords(reply, 0);
		}
		StringBuilder own = new StringBuilder(reply.length());
		int copied = 0;
		int i = 0;
		while (i < reply.length()) {
			int end = i + QUOTE;
			if (end <= reply.length() && request.contains(reply.substring(i, end))) {
				while (end < reply.length() && request.contains(reply.substring(i, end + 1))) {
					end++;
				}
				own.append('，');
				copied += end - i;
				i = end;
			}
			else {
				own.append(reply.charAt(i++));
			}
		}
		return new OwnWords(own.toString(), copied);
	}

	/**
	 * What a reply should address: the words of the request's title (its first line, when it has more than one),
	 * then the content words the request repeats, most frequent first (longer first on ties).
	 */
	static List<String> keyPoints(String request, Map<String, Integer> terms) {
		java.util.LinkedHashSet<String> points = new java.util.LinkedHashSet<>();
		int newline = request.indexOf('\n');
		if (newline > 0) {
			points.addAll(terms(request.substring(0, newline)).keySet().stream().sorted().toList());
		}
		terms.entrySet().stream()
			.filter(e -> e.getValue() >= 2)
			.sorted(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue).reversed()
				.thenComparing(e -> -e.getKey().length())
				.thenComparing(Map.Entry::getKey))
			.forEach(e -> points.add(e.getKey()));
		return points.stream().limit(KEY_POINTS).toList();
	}

	static Map<String, Integer> terms(String text) {
		Map<String, Integer> tf = new HashMap<>();
		try (TokenStream ts = ANALYZER.tokenStream("t", text)) {
			CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
			ts.reset();
			while (ts.incrementToken()) {
				String t = term.toString();
				if (t.length() >= 2 && !GENERIC.contains(t) && !t.chars().allMatch(c -> c < 128)) {
					tf.merge(t, 1, Integer::sum);
				}
			}
			ts.end();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return tf;
	}

	/**
	 * The words of a text, and the other text's words that this text holds as they are but that the segmenter cut
	 * otherwise here (新威路12号路灯不亮 gives 路 + 灯, 12号路灯已更换 gives 路灯): a word is met however its
	 * neighbours made the segmenter cut it.
	 */
	static Map<String, Integer> alsoCutAs(Map<String, Integer> words, String text, Map<String, Integer> others) {
		Map<String, Integer> out = null;
		for (String word : others.keySet()) {
			if (!words.containsKey(word) && text.contains(word)) {
				if (out == null) {
					out = new HashMap<>(words);
				}
				out.put(word, 1);
			}
		}
		return out == null ? words : out;
	}

	static double cosine(Map<String, Integer> a, Map<String, Integer> b) {
		double dot = 0;
		for (var e : a.entrySet()) {
			dot += e.getValue() * (double) b.getOrDefault(e.getKey(), 0);
		}
		double na = Math.sqrt(a.values().stream().mapToDouble(v -> v * (double) v).sum());
		double nb = Math.sqrt(b.values().stream().mapToDouble(v -> v * (double) v).sum());
		return na == 0 || nb == 0 ? 0 : dot / (na * nb);
	}
}
