package org.liandong.triage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.liandong.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Retraining stores a new model version with its figures, and every node's classifier uses it. */
@IntegrationTest
class RetrainingIntegrationTests {

	@Autowired
	Retraining retraining;

	@Autowired
	DomainClassifier classifier;

	@Autowired
	ModelStore store;

	@Test
	void retrainingStoresANewVersionWithItsFiguresAndUsesIt() throws Exception {
		long before = classifier.version();
		long version = retraining.retrain();
		assertThat(version).isGreaterThan(before);
		assertThat(classifier.version()).isEqualTo(version);
		ModelStore.ModelInfo info = store.info(version).orElseThrow();
		assertThat(info.source()).contains("history");
		assertThat(info.metrics()).contains("\"examples\"");
	}
}
