package org.liandong.workorder;

/**
 * Whether a knowledge-base article exists, for an {@code answer} that cites one (CONTRACT §4, {@code articleId}): an
 * unknown id is refused (400) as an unknown item or file is. Implemented by the knowledge module; without an
 * implementation any id is taken.
 */
public interface ArticleCheck {

	boolean exists(String articleId);
}
