package org.liandong.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.liandong.workorder.Channel;
import org.liandong.workorder.Nature;
import org.liandong.workorder.Urgency;
import org.liandong.workorder.WorkOrderStatus;
import org.liandong.workorder.WorkOrderSummary;

class DuplicatePolicyTests {

	static final Instant NOW = Instant.parse("2026-11-26T02:00:00Z");

	final DuplicatePolicy policy = new DuplicatePolicy(new IntakeProperties.Duplicates(7, 300, 0.35));

	static WorkOrderSummary order(String id, String content, String address, Double lat, Double lon, String region,
			WorkOrderStatus status, Instant createdAt) {
		return new WorkOrderSummary(id, "WH" + id, status, Channel.HOTLINE, Nature.COMPLAINT, content, content,
				address, lat, lon, region, null, null, Urgency.NORMAL, false, null, List.of(), null, null, false, false,
				null, 0, null, createdAt, createdAt, null, 0, null, false);
	}

	final WorkOrderSummary fresh = order("new", "海滨北路88号门口路灯不亮已经一周了", null, 37.5091, 122.1203,
			"371002003000", WorkOrderStatus.RECEIVED, NOW);

	@Test
	void similarTextNearbyIsProposedAsTheSamePlace() {
		var earlier = order("a", "海滨北路88号路灯不亮一周了，晚上很黑", null, 37.5100, 122.1210, "371002003000",
				WorkOrderStatus.DISPATCHED, NOW.minus(Duration.ofDays(2)));
		var verdict = policy.judge(fresh, earlier, false, 0);
		assertThat(verdict).isPresent();
		assertThat(verdict.get().reason()).isEqualTo(DuplicatePolicy.Reason.SAME_PLACE);
		assertThat(verdict.get().score()).isBetween(0.35, 1.0);
	}

	@Test
	void similarTextFarAwayIsNotProposed() {
		var far = order("b", "海滨北路88号路灯不亮一周了，晚上很黑", null, 37.4300, 122.0500, "371002003000",
				WorkOrderStatus.DISPATCHED, NOW.minus(Duration.ofDays(2)));
		assertThat(policy.judge(fresh, far, false, 0)).isEmpty();
	}

	@Test
	void differentTextAtTheSamePlaceIsNotProposed() {
		var other = order("c", "小区物业乱收停车费，要求查处", null, 37.5091, 122.1203, "371002003000",
				WorkOrderStatus.RECEIVED, NOW.minus(Duration.ofHours(1)));
		assertThat(policy.judge(fresh, other, false, 0)).isEmpty();
	}

	@Test
	void theSameCallerIsProposedWhateverTheText() {
		var other = order("d", "咨询公积金提取", null, null, null, null, WorkOrderStatus.IN_PROGRESS,
				NOW.minus(Duration.ofDays(1)));
		var verdict = policy.judge(fresh, other, true, 0);
		assertThat(verdict).map(DuplicatePolicy.Verdict::reason).contains(DuplicatePolicy.Reason.SAME_CALLER);
	}

	@Test
	void closedMergedLaterOrOldOrdersAreNeverCandidates() {
		String text = fresh.content();
		assertThat(policy.judge(fresh, order("e", text, null, 37.5091, 122.1203, null, WorkOrderStatus.CLOSED,
				NOW.minusSeconds(60)), true, 0)).isEmpty();
		assertThat(policy.judge(fresh, order("f", text, null, 37.5091, 122.1203, null, WorkOrderStatus.MERGED,
				NOW.minusSeconds(60)), true, 0)).isEmpty();
		assertThat(policy.judge(fresh, order("g", text, null, 37.5091, 122.1203, null, WorkOrderStatus.RECEIVED,
				NOW.plusSeconds(60)), true, 0)).isEmpty();
		assertThat(policy.judge(fresh, order("h", text, null, 37.5091, 122.1203, null, WorkOrderStatus.RECEIVED,
				NOW.minus(Duration.ofDays(8))), true, 0)).isEmpty();
		assertThat(policy.judge(fresh, fresh, true, 0)).isEmpty();
	}

	@Test
	void withoutCoordinatesTheSameCommunityOrAddressCounts() {
		var noPin = order("n", "海滨北路88号门口路灯不亮", "海滨北路88号", null, null, "371002003001",
				WorkOrderStatus.RECEIVED, NOW);
		var sameAddress = order("i", "海滨北路88号门口路灯坏了不亮", "海滨北路 88 号", null, null, null,
				WorkOrderStatus.RECEIVED, NOW.minusSeconds(600));
		var sameCommunity = order("j", "海滨北路88号门口的路灯不亮", null, null, null, "371002003001",
				WorkOrderStatus.RECEIVED, NOW.minusSeconds(600));
		var otherCommunity = order("k", "海滨北路88号门口的路灯不亮", null, null, null, "371002003002",
				WorkOrderStatus.RECEIVED, NOW.minusSeconds(600));
		assertThat(policy.judge(noPin, sameAddress, false, 0)).isPresent();
		assertThat(policy.judge(noPin, sameCommunity, false, 0)).isPresent();
		assertThat(policy.judge(noPin, otherCommunity, false, 0)).isEmpty();
	}

	@Test
	void aPlaceKnownWithoutReadingTheOrderIsJudgedAsTheOrdersOwn() {
		var noPin = order("n", "路灯不亮", "海滨北路88号", null, null, "371002003001", WorkOrderStatus.RECEIVED, NOW);
		var candidates = List.of(
				order("i", "x", "海滨北路 88 号", null, null, null, WorkOrderStatus.RECEIVED, NOW),
				order("j", "x", null, null, null, "371002003001", WorkOrderStatus.RECEIVED, NOW),
				order("k", "x", null, null, null, "371002003002", WorkOrderStatus.RECEIVED, NOW),
				order("l", "x", null, 37.5091, 122.1203, "371002003002", WorkOrderStatus.RECEIVED, NOW));
		for (var pinned : List.of(noPin, fresh)) {
			for (var c : candidates) {
				var place = new org.liandong.intake.TriageAdvisor.Place(c.regionCode(), c.lat(), c.lon(), c.address());
				assertThat(policy.samePlace(pinned, place)).as("%s and %s", pinned.id(), c.id())
					.isEqualTo(policy.samePlace(pinned, c));
			}
		}
		var elsewhere = new org.liandong.intake.TriageAdvisor.Place("371002003002", null, null, null);
		assertThat(policy.samePlace(noPin, elsewhere)).isFalse();
		assertThat(policy.samePlace(noPin, new org.liandong.intake.TriageAdvisor.Place(null, null, null, "海滨北路88号")))
			.isTrue();
	}

	@Test
	void bigramJaccardIgnoresPunctuationAndSpaces() {
		assertThat(TextSimilarity.jaccard("路灯 不亮！", "路灯不亮")).isEqualTo(1.0);
		assertThat(TextSimilarity.jaccard("路灯不亮", "噪音扰民")).isZero();
		assertThat(TextSimilarity.jaccard("", "路灯")).isZero();
	}

	@Test
	void bigramJaccardIsTheJaccardIndexOfTheTextsBigramSets() {
		long seed = System.nanoTime();
		Random random = new Random(seed);
		String[] parts = { "路灯", "不亮", "海滨北路", "88号", "！", "，", " ", "ABC", "abc", "噪音", "扰民", "竹岛", "\uD840\uDC00",
				"—", "$", "门口", "了" };
		for (int i = 0; i < 2000; i++) {
			String a = text(random, parts);
			String b = random.nextInt(4) == 0 ? a + text(random, parts) : text(random, parts);
			assertThat(TextSimilarity.jaccard(a, b)).as("seed %d: %s | %s", seed, a, b)
				.isCloseTo(reference(a, b), org.assertj.core.data.Offset.offset(1e-12));
		}
	}

	private static String text(Random random, String[] parts) {
		StringBuilder out = new StringBuilder();
		for (int n = random.nextInt(10); n > 0; n--) {
			out.append(parts[random.nextInt(parts.length)]);
		}
		return out.toString();
	}

	/** The definition, spelled out with strings and sets. */
	private static double reference(String a, String b) {
		Set<String> x = referenceBigrams(a);
		Set<String> y = referenceBigrams(b);
		if (x.isEmpty() || y.isEmpty()) {
			return 0;
		}
		Set<String> common = new HashSet<>(x);
		common.retainAll(y);
		return (double) common.size() / (x.size() + y.size() - common.size());
	}

	private static Set<String> referenceBigrams(String text) {
		int[] cps = text.replaceAll("[\\p{P}\\p{S}\\s]+", "").toLowerCase(Locale.ROOT).codePoints().toArray();
		Set<String> grams = new HashSet<>();
		for (int i = 0; i + 1 < cps.length; i++) {
			grams.add(new String(cps, i, 2));
		}
		return grams;
	}
}
