package org.liandong.knowledge.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.liandong.shared.Zones;
import org.liandong.workorder.ArticleCheck;
import org.springframework.stereotype.Component;

/** Tells the work-order module which articles an answer may cite, those of the knowledge base, and counts each use. */
@Component
class AnswerArticles implements ArticleCheck {

	private final Articles articles;

	private final Clock clock;

	AnswerArticles(Articles articles, Clock clock) {
		this.articles = articles;
		this.clock = clock;
	}

	@Override
	public boolean exists(String articleId) {
		return articles.find(articleId).isPresent();
	}

	@Override
	public boolean inForce(String articleId) {
		LocalDate today = Zones.cityDate(clock.instant());
		return articles.find(articleId).filter(a -> KnowledgeService.searchable(a, today)).isPresent();
	}

	@Override
	public void cited(String articleId) {
		articles.countUse(articleId);
	}
}
