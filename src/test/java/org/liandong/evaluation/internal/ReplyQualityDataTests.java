package org.liandong.evaluation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reply-quality score on the 2,816 real request/reply pairs of the Teddy Cup 2020 data (not in the repository:
 * read from ../shared/data; skipped when absent unless CI=true). Findings in docs/reply-quality.md.
 */
class ReplyQualityDataTests {

	static final Path DATA = Path.of("..", "shared", "data", "teddy2020");
	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
	/** The handling limit assumed for timeliness: 15 days, the platform's longest (疑难) limit. */
	static final Duration LIMIT = Duration.ofDays(15);

	record Pair(String id, String request, String reply, boolean onTime) {
	}

	static List<Pair> pairs;

	@BeforeAll
	static void load() throws Exception {
		Path file = DATA.resolve("attachment4_replies_full.csv");
		boolean present = Files.exists(file);
		if (!"true".equals(System.getenv("CI"))) {
			Assumptions.assumeTrue(present, "Teddy Cup data not found at " + file.toAbsolutePath() + "; skipped");
		}
		assertThat(present).as("CI=true needs " + file).isTrue();
		pairs = new ArrayList<>();
		List<List<String>> rows = parse(Files.readString(file, StandardCharsets.UTF_8));
		for (List<String> r : rows.subList(1, rows.size())) {
			boolean onTime;
			try {
				onTime = Duration.between(LocalDateTime.parse(r.get(3), TIME), LocalDateTime.parse(r.get(6), TIME))
					.compareTo(LIMIT) <= 0;
			}
			catch (RuntimeException e) {
				onTime = true;
			}
			pairs.add(new Pair(r.get(0), r.get(2) + "\n" + r.get(4), r.get(5), onTime));
		}
	}

	@Test
	void readsAllPairs() {
		assertThat(pairs).hasSize(2816);
	}

	@Test
	void aReplyIsMoreRelevantToItsOwnRequestThanToAnother() {
		int better = 0;
		double own = 0;
		double other = 0;
		for (int i = 0; i < pairs.size(); i++) {
			Pair p = pairs.get(i);
			Pair q = pairs.get((i + 1000) % pairs.size());
			var mine = ReplyQualityScorer.score(p.request(), p.reply(), true);
			var foreign = ReplyQualityScorer.score(q.request(), p.reply(), true);
			var replyTerms = ReplyQualityScorer.terms(p.reply());
			better += ReplyQualityScorer.cosine(ReplyQualityScorer.terms(p.request()), replyTerms) > ReplyQualityScorer
				.cosine(ReplyQualityScorer.terms(q.request()), replyTerms) ? 1 : 0;
			own += mine.score();
			other += foreign.score();
		}
		double share = (double) better / pairs.size();
		System.out.printf("own reply more relevant than a foreign one: %.1f %%; mean score own %.1f, foreign %.1f%n",
				100 * share, own / pairs.size(), other / pairs.size());
		assertThat(share).as("observed 89 %").isGreaterThan(0.85);
		assertThat(own / pairs.size() - other / pairs.size()).isGreaterThan(15);
	}

	@Test
	void reportsTheDistributionAndAgreesWithTheManualCompletenessLabels() throws Exception {
		Map<String, Integer> reasons = new TreeMap<>();
		Map<String, Double> scores = new HashMap<>();
		int flagged = 0;
		int late = 0;
		int[] buckets = new int[10];
		for (Pair p : pairs) {
			var s = ReplyQualityScorer.score(p.request(), p.reply(), p.onTime());
			scores.put(p.id(), s.score());
			flagged += s.score() < 60 ? 1 : 0;
			late += p.onTime() ? 0 : 1;
			buckets[Math.min(9, (int) (s.score() / 10))]++;
			s.reasons().forEach(r -> reasons.merge(r.split(":")[0], 1, Integer::sum));
		}
		System.out.printf("flagged (< 60): %d of %d; replied after 15 days: %d; reasons %s; score deciles %s%n",
				flagged, pairs.size(), late, reasons, java.util.Arrays.toString(buckets));
		List<List<String>> labels = parse(Files.readString(DATA.resolve(
				"attachment4_rollbear_manual_quality_labels.csv"), StandardCharsets.UTF_8));
		double[] sum = new double[2];
		int[] count = new int[2];
		for (List<String> l : labels.subList(1, labels.size())) {
			Double s = scores.get(l.get(0));
			if (s != null) {
				int complete = Integer.parseInt(l.get(1).trim());
				sum[complete] += s;
				count[complete]++;
			}
		}
		System.out.printf("manual labels: complete %d (mean score %.1f), incomplete %d (mean score %.1f)%n", count[1],
				count[1] == 0 ? 0 : sum[1] / count[1], count[0], count[0] == 0 ? 0 : sum[0] / count[0]);
		assertThat(count[0] + count[1]).isEqualTo(100);
		assertThat(flagged).as("most official replies pass").isLessThan(pairs.size() / 2);
		if (count[0] > 0 && count[1] > 0) {
			assertThat(sum[1] / count[1]).as("replies labelled complete score higher").isGreaterThan(sum[0] / count[0]);
		}
	}

	/** RFC 4180: quoted fields may hold commas, quotes (doubled) and newlines. */
	static List<List<String>> parse(String text) {
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				row.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\n') {
				row.add(field.toString());
				field.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
			}
			else if (c != '\r') {
				field.append(c);
			}
		}
		if (field.length() > 0 || !row.isEmpty()) {
			row.add(field.toString());
			rows.add(row);
		}
		return rows;
	}
}
