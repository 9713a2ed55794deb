package org.liandong.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The demo articles obey the rules an article written through the API obeys. */
class DemoArticlesTests {

	@Test
	void everyDemoArticleHasKeywordsNoneOfThemBlank() {
		assertThat(DemoArticles.demo()).hasSize(6)
			.allSatisfy(a -> assertThat(a.keywords()).isNotEmpty().allSatisfy(k -> assertThat(k).isNotBlank()));
	}
}
