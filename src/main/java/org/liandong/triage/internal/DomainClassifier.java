package org.liandong.triage.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.liandong.directory.Directory;
import org.liandong.directory.Item;
import org.liandong.triage.internal.model.CrossValidation;
import org.liandong.triage.internal.model.DomainModel;
import org.liandong.triage.internal.model.DomainTrainer;
import org.liandong.triage.internal.model.LabelledCsv;
import org.liandong.triage.internal.model.LabelledText;
import org.liandong.triage.internal.model.Metrics;
import org.liandong.triage.internal.model.TrainingOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Holds the current domain model. At start it loads the latest version from {@code tr_model}; when there is none it
 * trains one (from the configured CSV, if any, plus the responsibility list, which teaches every domain the list
 * has) and stores it. Other nodes pick up a newer version within {@code refresh-interval}.
 */
@Component
@Order(300)
class DomainClassifier implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DomainClassifier.class);

	/** The folds' seed: the same corpus gives the same figures. */
	private static final long EVALUATION_SEED = 20201;

	private final ModelStore store;

	private final Directory directory;

	private final TriageProperties properties;

	private volatile DomainModel model;

	private volatile long version;

	DomainClassifier(ModelStore store, Directory directory, TriageProperties properties) {
		this.store = store;
		this.directory = directory;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		refresh();
		if (model == null) {
			List<LabelledText> corpus = new ArrayList<>();
			String source = "items";
			if (!properties.trainingCsv().isBlank()) {
				Path file = Path.of(properties.trainingCsv());
				if (Files.isReadable(file)) {
					corpus.addAll(LabelledCsv.read(file, properties.textColumn(), properties.labelColumn()));
					source = "items+" + file.getFileName();
				}
				else {
					log.warn("Triage training CSV {} not readable; training from the responsibility list only", file);
				}
			}
			train(corpus, source);
		}
	}

	/** Loads a newer stored version, if there is one. */
	@Scheduled(fixedDelayString = "${liandong.triage.refresh-interval:PT1M}",
			initialDelayString = "${liandong.triage.refresh-interval:PT1M}")
	void refresh() {
		store.latestVersion().filter(v -> v > version).ifPresent(v -> store.bytes(v).ifPresent(bytes -> {
			model = DomainModel.fromBytes(bytes);
			version = v;
			log.info("Triage model version {} loaded ({} domains)", v, model.labels().size());
		}));
	}

	/** Trains on the corpus plus the responsibility list, stores the model as a new version and uses it. */
	synchronized long train(List<LabelledText> corpus, String source) {
		List<LabelledText> items = itemExamples();
		List<LabelledText> examples = new ArrayList<>(corpus);
		examples.addAll(items);
		long started = System.nanoTime();
		DomainModel trained = new DomainTrainer(TrainingOptions.defaults()).train(examples);
		double seconds = (System.nanoTime() - started) / 1e9;
		Map<String, Object> evaluation = evaluate(corpus, items);
		Map<String, Long> perDomain = examples.stream()
			.collect(Collectors.groupingBy(LabelledText::label, TreeMap::new, Collectors.counting()));
		// (written as JSON by the mapper: a label is the training file's text, quotes and backslashes included)
		Map<String, Object> figures = new LinkedHashMap<>();
		figures.put("examples", examples.size());
		figures.put("corpusExamples", corpus.size());
		figures.put("terms", trained.vocabularySize());
		figures.put("trainingSeconds", Math.round(seconds * 100) / 100.0);
		figures.put("domains", perDomain);
		if (evaluation != null) {
			figures.put("evaluation", evaluation);
		}
		String metrics = JsonMapper.shared().writeValueAsString(figures);
		long v = store.save(trained.toBytes(), source, examples.size(), metrics);
		model = trained;
		version = v;
		log.info("Triage model version {} trained from {} on {} examples in {} s", v, source, examples.size(),
				String.format(Locale.ROOT, "%.1f", seconds));
		return v;
	}

	/**
	 * The figures of the model's configuration on the labelled requests: stratified k-fold cross-validation of the
	 * corpus (each fold trained on the others and the responsibility list, as the model is); null without a corpus
	 * large enough for the folds (the responsibility list's texts are no requests to judge by).
	 */
	private Map<String, Object> evaluate(List<LabelledText> corpus, List<LabelledText> items) {
		int folds = properties.evaluationFolds();
		if (folds < 2 || corpus.size() < folds * 2) {
			return null;
		}
		long started = System.nanoTime();
		Metrics metrics = CrossValidation.run(corpus, items, TrainingOptions.defaults(), folds, EVALUATION_SEED);
		Map<String, Object> f1 = new TreeMap<>();
		metrics.perClass().stream().filter(c -> c.support() > 0).forEach(c -> f1.put(c.label(), round4(c.f1())));
		Map<String, Object> evaluation = new LinkedHashMap<>();
		evaluation.put("method", "stratified " + folds + "-fold cross-validation of the corpus");
		evaluation.put("folds", folds);
		evaluation.put("examples", corpus.size());
		evaluation.put("accuracy", round4(metrics.accuracy()));
		evaluation.put("macroF1", round4(metrics.macroF1()));
		evaluation.put("f1", f1);
		log.info("Triage model evaluation: macro-F1 {} accuracy {} ({}-fold cross-validation of {} examples, {} s)",
				round4(metrics.macroF1()), round4(metrics.accuracy()), folds, corpus.size(),
				String.format(Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e9));
		return evaluation;
	}

	private static double round4(double v) {
		return Math.round(v * 10000) / 10000.0;
	}

	private List<LabelledText> itemExamples() {
		List<LabelledText> out = new ArrayList<>();
		for (Item item : directory.allItems()) {
			if (item.enabled() && item.domain() != null) {
				out.add(new LabelledText(ItemTexts.describe(item), item.domain()));
			}
		}
		return out;
	}

	DomainModel model() {
		return model;
	}

	long version() {
		return version;
	}
}
