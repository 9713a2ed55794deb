package org.liandong.workorder;

/** What the citizen wants (诉求性质). */
public enum Nature {
	/** 咨询. */
	CONSULT,
	/** 求助. */
	HELP,
	/** 投诉. */
	COMPLAINT,
	/** 举报: never listed publicly. */
	REPORT,
	/** 建议. */
	SUGGESTION,
	/** 表扬. */
	PRAISE
}
