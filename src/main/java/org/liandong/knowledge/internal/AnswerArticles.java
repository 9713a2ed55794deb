package org.liandong.knowledge.internal;

import org.liandong.workorder.ArticleCheck;
import org.springframework.stereotype.Component;

/** Tells the work-order module which articles an answer may cite, those of the knowledge base, and counts each use. */
@Component
class AnswerArticles implements ArticleCheck {

	private final Articles articles;

	AnswerArticles(Articles articles) {
		this.articles = articles;
	}

	@Override
	public boolean exists(String articleId) {
		return articles.find(articleId).isPresent();
	}

	@Override
	public void cited(String articleId) {
		articles.countUse(articleId);
	}
}
