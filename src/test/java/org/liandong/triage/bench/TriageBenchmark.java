package org.liandong.triage.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.liandong.directory.Directory;
import org.liandong.directory.Region;
import org.liandong.directory.RegionLevel;
import org.liandong.triage.Places;
import org.liandong.triage.Triage;
import org.liandong.triage.TriageSuggestion;
import org.liandong.triage.internal.model.DomainModel;
import org.liandong.triage.internal.model.DomainTrainer;
import org.liandong.triage.internal.model.LabelledCsv;
import org.liandong.triage.internal.model.LabelledText;
import org.liandong.triage.internal.model.TrainingOptions;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import org.liandong.LiandongApplication;

/**
 * The triage figures the issue asks for, measured with JMH on the real classes, one thread: whole suggestions
 * ({@link Triage#suggest}: domain model, item ranking, history votes, place from the text, routing) and the domain
 * model alone, training on the Teddy Cup training split, and place resolution (address text, coordinates, both).
 * {@link #main} runs them and adds the model's heap size ({@link ModelHeap}). Not a test: run {@code bench/triage.sh}.
 * <p>
 * The suggestion and place benchmarks start the platform (profile {@code test}: in-memory H2, Weihai demo data,
 * demo grids) with the first model trained from the training split, as a node with
 * {@code liandong.triage.training-csv} does.
 */
@Fork(1)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 3)
public class TriageBenchmark {

	/**
	 * Runs the benchmarks (all, or those whose method name matches {@code args[0]}), measures the model's heap and
	 * prints the figures against the targets.
	 */
	public static void main(String[] args) throws Exception {
		String only = args.length > 0 ? args[0] : ".*";
		double load = Figures.loadAverage();
		long heap = -1;
		int terms = 0;
		if ("heap".matches(only)) {
			List<LabelledText> rows = corpus();
			DomainModel model = new DomainTrainer(TrainingOptions.defaults()).train(rows);
			terms = model.vocabularySize();
			heap = ModelHeap.perModel(model.toBytes());
		}
		Options options = new OptionsBuilder().include(TriageBenchmark.class.getName() + "\\.(" + only + ")$")
			.shouldDoGC(true)
			.build();
		Collection<RunResult> results = new Runner(options).run();
		Figures.print(results, heap, terms, load, Figures.loadAverage());
	}

	static Path trainCsv() {
		Path file = Path.of(System.getProperty("liandong.teddy.train", "../shared/data/teddy2020/train.csv"))
			.toAbsolutePath();
		if (!Files.isReadable(file)) {
			throw new IllegalStateException("Teddy Cup data not found at " + file + " (set -Dliandong.teddy.train)");
		}
		return file;
	}

	static List<LabelledText> corpus() throws Exception {
		return LabelledCsv.read(trainCsv(), "text", "一级标签");
	}

	/** The request texts, taken in turn so that every call classifies a different text. */
	@State(Scope.Thread)
	public static class Texts {

		List<String> texts;

		int next;

		@Setup(Level.Trial)
		public void load() throws Exception {
			texts = corpus().stream().map(LabelledText::text).toList();
		}

		String next() {
			String text = texts.get(next);
			next = next + 1 == texts.size() ? 0 : next + 1;
			return text;
		}
	}

	/** The labelled rows and a model trained on them. */
	@State(Scope.Benchmark)
	public static class Model {

		List<LabelledText> rows;

		DomainModel model;

		@Setup(Level.Trial)
		public void train() throws Exception {
			rows = corpus();
			model = new DomainTrainer(TrainingOptions.defaults()).train(rows);
		}
	}

	/** The running platform's {@link Triage} and {@link Places}, with addresses and points to resolve. */
	@State(Scope.Benchmark)
	public static class Platform {

		ConfigurableApplicationContext context;

		Triage triage;

		Places places;

		final List<String> addresses = new ArrayList<>();

		final List<double[]> points = new ArrayList<>();

		/** The address of the street each point lies near (same index as {@link #points}). */
		final List<String> pointAddresses = new ArrayList<>();

		int next;

		@Setup(Level.Trial)
		public void start() {
			context = new SpringApplicationBuilder(LiandongApplication.class).profiles("test")
				.properties("server.port=0", "liandong.triage.training-csv=" + trainCsv(),
						"logging.level.org.liandong=WARN")
				.run();
			triage = context.getBean(Triage.class);
			places = context.getBean(Places.class);
			Directory directory = context.getBean(Directory.class);
			// an address per street/town as a caller would write it, and a point near each street centre
			for (Region street : directory.allRegions()) {
				if (street.level() != RegionLevel.STREET) {
					continue;
				}
				String district = directory.region(street.parentCode()).map(Region::name).orElse("");
				String address = "威海市" + district + street.name() + "幸福路" + (addresses.size() % 90 + 1) + "号小区门口";
				addresses.add(address);
				if (street.lat() != null && street.lon() != null) {
					double offset = (points.size() % 7 - 3) * 0.004;
					points.add(new double[] { street.lat() + offset, street.lon() - offset });
					pointAddresses.add(address);
				}
			}
		}

		int next(int size) {
			next = next + 1 >= size ? 0 : next + 1;
			return next;
		}

		@TearDown(Level.Trial)
		public void stop() {
			context.close();
		}
	}

	/**
	 * The benchmark thread's CPU time and calls per iteration: on a shared machine the wall-clock rate says how
	 * busy the machine was as much as how fast the code is; calls per CPU-second say the latter.
	 */
	@State(Scope.Thread)
	@AuxCounters(AuxCounters.Type.EVENTS)
	public static class CpuTime {

		private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

		public long cpuNanos;

		public long calls;

		@Setup(Level.Iteration)
		public void reset() {
			cpuNanos = 0;
			calls = 0;
		}

		long start() {
			return THREADS.getCurrentThreadCpuTime();
		}

		void stop(long started) {
			cpuNanos += THREADS.getCurrentThreadCpuTime() - started;
			calls++;
		}
	}

	@Benchmark
	@BenchmarkMode(Mode.Throughput)
	@OutputTimeUnit(TimeUnit.SECONDS)
	public TriageSuggestion suggest(Platform platform, Texts texts, CpuTime cpu) {
		long started = cpu.start();
		TriageSuggestion suggestion = platform.triage.suggest(texts.next(), null, null, null, null);
		cpu.stop(started);
		return suggestion;
	}

	@Benchmark
	@BenchmarkMode(Mode.Throughput)
	@OutputTimeUnit(TimeUnit.SECONDS)
	public List<DomainModel.Scored> classifyDomain(Model model, Texts texts, CpuTime cpu) {
		long started = cpu.start();
		List<DomainModel.Scored> scores = model.model.classify(texts.next());
		cpu.stop(started);
		return scores;
	}

	@Benchmark
	@BenchmarkMode(Mode.SingleShotTime)
	@OutputTimeUnit(TimeUnit.SECONDS)
	@Warmup(iterations = 1)
	@Measurement(iterations = 3)
	public DomainModel train(Model model) {
		return new DomainTrainer(TrainingOptions.defaults()).train(model.rows);
	}

	@Benchmark
	@BenchmarkMode(Mode.AverageTime)
	@OutputTimeUnit(TimeUnit.MICROSECONDS)
	public Places.Place placeByAddress(Platform platform) {
		return platform.places.resolve(platform.addresses.get(platform.next(platform.addresses.size())), null, null,
				null);
	}

	@Benchmark
	@BenchmarkMode(Mode.AverageTime)
	@OutputTimeUnit(TimeUnit.MICROSECONDS)
	public Places.Place placeByPoint(Platform platform) {
		double[] point = platform.points.get(platform.next(platform.points.size()));
		return platform.places.resolve(null, point[0], point[1], null);
	}

	@Benchmark
	@BenchmarkMode(Mode.AverageTime)
	@OutputTimeUnit(TimeUnit.MICROSECONDS)
	public Places.Place placeByAddressAndPoint(Platform platform) {
		int i = platform.next(platform.points.size());
		double[] point = platform.points.get(i);
		return platform.places.resolve(platform.pointAddresses.get(i), point[0], point[1], null);
	}
}
