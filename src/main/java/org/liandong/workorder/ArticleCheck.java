package org.liandong.workorder;

/**
 * Whether a knowledge-base article exists, for an {@code answer} that cites one (CONTRACT §4, {@code articleId}): an
 * unknown id is refused (400) as an unknown item or file is; and the count of the answers that cited it. Implemented
 * by the knowledge module; without an implementation any id is taken.
 */
public interface ArticleCheck {

	boolean exists(String articleId);

	/**
	 * Whether an existing article may be cited today: published and within its validity (a draft, an archived
	 * article or an expired policy is no answer to give a citizen). Refused with 400 on {@code articleId}.
	 */
	default boolean inForce(String articleId) {
		return true;
	}

	/**
	 * An answer cited the article: counted once, in the answer's transaction, whichever channel answered (the API's
	 * {@code answer} action or the operator console's).
	 */
	default void cited(String articleId) {
	}
}
