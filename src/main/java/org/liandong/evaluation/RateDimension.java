package org.liandong.evaluation;

/** What the rates are grouped by. */
public enum RateDimension {
	/** The lead unit that did the counted act (own orders only, not its descendants). */
	UNIT,
	/** The district (区/县级市) of the order's place. */
	DISTRICT,
	/** The street/town (街道/镇) of the order's place. */
	STREET,
	/** The order's responsibility item. */
	ITEM,
	/** The city date of the counted act. */
	DAY,
	/** Its month, {@code YYYY-MM}. */
	MONTH,
	/** Its quarter, {@code YYYY-Qn}. */
	QUARTER,
	/** Its year. */
	YEAR
}
