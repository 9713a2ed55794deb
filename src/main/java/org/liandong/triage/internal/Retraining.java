package org.liandong.triage.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.liandong.directory.Directory;
import org.liandong.directory.Item;
import org.liandong.triage.internal.model.LabelledCsv;
import org.liandong.triage.internal.model.LabelledText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Retrains the domain model on {@code liandong.triage.retrain-cron} (off by default) from the configured CSV plus
 * the platform's closed orders, each labelled with its item's domain (which teaches the domains that have no
 * labelled corpus). The new version and its figures go to {@code tr_model}; other nodes load it. When two nodes
 * retrain at the same time, the second loses on the version key and keeps the first one's model.
 */
@Component
class Retraining {

	private static final Logger log = LoggerFactory.getLogger(Retraining.class);

	private final DomainClassifier classifier;

	private final HistoryNeighbours history;

	private final Directory directory;

	private final TriageProperties properties;

	Retraining(DomainClassifier classifier, HistoryNeighbours history, Directory directory,
			TriageProperties properties) {
		this.classifier = classifier;
		this.history = history;
		this.directory = directory;
		this.properties = properties;
	}

	@Scheduled(cron = "${liandong.triage.retrain-cron:-}", zone = "Asia/Shanghai")
	void scheduled() throws java.io.IOException {
		try {
			retrain();
		}
		catch (DuplicateKeyException ex) {
			log.info("Triage retraining: another node stored a version first");
		}
	}

	/** Trains and stores a new version; answers it. */
	long retrain() throws java.io.IOException {
		List<LabelledText> corpus = new ArrayList<>();
		String source = "history";
		if (!properties.trainingCsv().isBlank() && Files.isReadable(Path.of(properties.trainingCsv()))) {
			Path file = Path.of(properties.trainingCsv());
			corpus.addAll(LabelledCsv.read(file, properties.textColumn(), properties.labelColumn()));
			source = "items+" + file.getFileName() + "+history";
		}
		List<LabelledText> closed = history.examples(code -> directory.item(code).map(Item::domain).orElse(null));
		corpus.addAll(closed);
		log.info("Triage retraining on {} examples ({} closed orders)", corpus.size(), closed.size());
		return classifier.train(corpus, source);
	}
}
