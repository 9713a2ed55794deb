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
import org.liandong.triage.internal.model.DomainModel;
import org.liandong.triage.internal.model.DomainTrainer;
import org.liandong.triage.internal.model.LabelledCsv;
import org.liandong.triage.internal.model.LabelledText;
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
		List<LabelledText> examples = new ArrayList<>(corpus);
		examples.addAll(itemExamples());
		long started = System.nanoTime();
		DomainModel trained = new DomainTrainer(TrainingOptions.defaults()).train(examples);
		double seconds = (System.nanoTime() - started) / 1e9;
		Map<String, Long> perDomain = examples.stream()
			.collect(Collectors.groupingBy(LabelledText::label, TreeMap::new, Collectors.counting()));
		// (written as JSON by the mapper: a label is the training file's text, quotes and backslashes included)
		Map<String, Object> figures = new LinkedHashMap<>();
		figures.put("examples", examples.size());
		figures.put("corpusExamples", corpus.size());
		figures.put("terms", trained.vocabularySize());
		figures.put("trainingSeconds", Math.round(seconds * 100) / 100.0);
		figures.put("domains", perDomain);
		String metrics = JsonMapper.shared().writeValueAsString(figures);
		long v = store.save(trained.toBytes(), source, examples.size(), metrics);
		model = trained;
		version = v;
		log.info("Triage model version {} trained from {} on {} examples in {} s", v, source, examples.size(),
				String.format(Locale.ROOT, "%.1f", seconds));
		return v;
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
