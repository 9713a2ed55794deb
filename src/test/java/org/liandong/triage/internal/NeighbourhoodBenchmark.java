package org.liandong.triage.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * The duplicate check's neighbourhood search ({@link SimilarityIndex#similar} answered in memory), measured with JMH
 * in the dense streets of the load benchmark: its request texts (place, house number, problem, detail, serial
 * number; {@code bench/Bench.java}), spread over ten streets, half of them with a point, the search's parameters
 * those of the duplicate check (the best 40 within 300 m or the street, since 7 days, above half the minimum score).
 * Not a test: run {@code bench/neighbourhoods.sh}.
 * <ul>
 * <li>{@code search}: one search after another, no order taken in between (the epoch's kept norms serve them all);
 * <li>{@code takeInAndSearch}: what the two listeners do for each order taken in: its text indexed, then its
 * neighbourhood searched (a new epoch of word weights every hundredth of the orders).
 * </ul>
 */
@Fork(value = 1, jvmArgs = "-Xmx3g")
@Warmup(iterations = 4, time = 3)
@Measurement(iterations = 5, time = 3)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class NeighbourhoodBenchmark {

	static final Instant NOW = Instant.parse("2026-11-28T00:00:00Z");

	static final int STREETS = 10;

	static final String[] PLACES = { "海滨北路", "古寨东路", "文化西路", "统一路", "青岛北路", "新威路", "世昌大道", "昆明路",
			"戚家庄", "孙家疃", "竹岛", "望岛", "皇冠", "张村", "田村", "鲸园", "环翠楼", "华夏路", "沈阳路", "花园北路", "塔山",
			"九龙湾", "金线顶", "海源公园", "羊亭", "初村", "崮山", "桥头", "温泉", "泊于" };

	static final String[] PROBLEMS = { "路灯不亮，夜间行人不便", "井盖缺失，存在安全隐患", "垃圾堆放多日无人清运",
			"噪音扰民，晚上十点后仍在施工", "自来水停水没有提前通知", "小区暖气不热，室温只有十四度", "占道经营严重影响通行",
			"下水道堵塞污水外溢", "道路坑洼积水，车辆难行", "共享单车乱停放堵塞盲道", "油烟直排影响居民生活", "树木倒伏压住电线",
			"公交车站牌损坏", "楼道照明损坏多日", "违章建筑占用绿地", "流浪犬伤人隐患", "商户拒不退还预付卡余额", "物业乱收停车费",
			"燃气管道有异味", "红绿灯故障路口拥堵" };

	static final String[] DETAILS = { "请尽快处理", "已经反映多次", "希望相关部门核实", "附近有学校，请重视", "老人出行不便",
			"持续一周了", "周末尤其严重", "请给予答复" };

	/** The load benchmark's request text number {@code i}. */
	static String request(long i) {
		int h = (int) ((i * 2654435761L) >>> 8);
		return PLACES[Math.floorMod(h, PLACES.length)] + (1 + Math.floorMod(h >> 5, 200)) + "号附近"
				+ PROBLEMS[Math.floorMod(h >> 9, PROBLEMS.length)] + "，" + DETAILS[Math.floorMod(h >> 14, DETAILS.length)]
				+ "（" + i + "）";
	}

	/** Order {@code i}'s street and, for every other order, its point in the urban districts. */
	static SimilarityIndex.Near near(long i) {
		long h = i * 2654435761L;
		boolean point = (i & 1) == 1;
		return new SimilarityIndex.Near(String.format("3710020%02d000", Math.floorMod(i, STREETS)),
				point ? 37.40 + Math.floorMod(h, 1500) / 10000.0 : null,
				point ? 122.00 + Math.floorMod(h >> 11, 2000) / 10000.0 : null, 300, NOW.minus(Duration.ofDays(7)));
	}

	/** An index holding {@code orders} of the benchmark's orders, taken in over the last minutes. */
	@State(Scope.Benchmark)
	public static class Street {

		/** The orders held, over all the streets. */
		@Param({ "40000", "150000" })
		public int orders;

		SimilarityIndex index;

		long next;

		@Setup(Level.Trial)
		public void fill() {
			index = new SimilarityIndex(Duration.ofSeconds(1), Duration.ofDays(8));
			for (long i = 0; i < orders; i++) {
				takeIn(i);
			}
			next = orders;
		}

		void takeIn(long i) {
			SimilarityIndex.Near near = near(i);
			index.put("o" + i, request(i),
					new SimilarityIndex.Place(near.street(), near.lat(), near.lon(), NOW.minusMillis(orders - i)));
		}

		List<SimilarityIndex.Hit> search(long i) {
			return index.similar(request(i), "o" + i, 40, near(i), 0.175);
		}
	}

	@Benchmark
	public List<SimilarityIndex.Hit> search(Street street) {
		return street.search(street.next++);
	}

	@Benchmark
	public List<SimilarityIndex.Hit> takeInAndSearch(Street street) {
		long i = street.next++;
		street.takeIn(i);
		return street.search(i);
	}

	public static void main(String[] args) throws Exception {
		new Runner(new OptionsBuilder().include(NeighbourhoodBenchmark.class.getName()
				+ (args.length > 0 ? "\\.(" + args[0] + ")$" : "")).build()).run();
	}
}
