package org.liandong.workorder;

/** How fast it must be handled (紧急程度); selects the item's handling limit. */
public enum Urgency {
	/** 一般. */
	NORMAL,
	/** 紧急. */
	URGENT,
	/** 特急. */
	CRITICAL,
	/** 疑难: long limits. */
	COMPLEX
}
