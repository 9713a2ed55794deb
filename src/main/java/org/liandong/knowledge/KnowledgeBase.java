package org.liandong.knowledge;

import java.util.List;
import java.util.Optional;

/** The knowledge base for other modules (the intake console's direct answers). */
public interface KnowledgeBase {

	/** Published articles valid today that match the text, best first (Chinese full-text search). */
	List<KnowledgeArticle> search(String text, int size);

	Optional<KnowledgeArticle> find(String id);
}
