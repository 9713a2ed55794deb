/**
 * Knowledge base (知识库): policy answers (title, body, keywords, category, owning unit, validity, status) maintained
 * by operators and units, searched with Lucene's smartcn analyser (an in-memory index rebuilt from the database on
 * every node and after every change), with use counts of direct answers.
 * <p>
 * Tables owned: {@code kb_article}. Events published: none. Depends on: {@code directory} (an article's owning
 * unit exists), {@code identity} (who may write),
 * {@code workorder} (it implements {@link org.liandong.workorder.ArticleCheck}: an order's answer cites an article
 * that exists), {@code shared}. API: {@link org.liandong.knowledge.KnowledgeBase}; REST under
 * {@code /api/v1/knowledge}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Knowledge")
package org.liandong.knowledge;
