package org.liandong.knowledge;

import java.time.LocalDate;
import java.util.List;

/**
 * A knowledge article: a policy answer an operator can give directly (直办).
 *
 * @param status DRAFT, PUBLISHED or ARCHIVED; only published articles valid today are found by search
 * @param useCount how many direct answers cited it
 */
public record KnowledgeArticle(String id, String title, String body, List<String> keywords, String category,
		String unitCode, LocalDate validFrom, LocalDate validTo, String status, int useCount, int version) {
}
