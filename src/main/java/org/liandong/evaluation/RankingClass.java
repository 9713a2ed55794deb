package org.liandong.evaluation;

/** The monthly classes of a ranking (as in Beijing's 12345 evaluation). */
public enum RankingClass {
	/** 先进: among the best, with a high score. */
	ADVANCED,
	/** 进步: clearly better than the previous month. */
	IMPROVED,
	/** 整改: among the worst, or under the rectification score. */
	RECTIFY,
	/** 治理: in 整改 for several consecutive months. */
	GOVERN
}
