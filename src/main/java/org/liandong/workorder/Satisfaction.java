package org.liandong.workorder;

/** The citizen's satisfaction at revisit. */
public enum Satisfaction {
	/** 满意. */
	SATISFIED,
	/** 基本满意. */
	BASICALLY_SATISFIED,
	/** 不满意. */
	DISSATISFIED
}
