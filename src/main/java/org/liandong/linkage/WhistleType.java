package org.liandong.linkage;

/** The kind of a whistle; each has its own report limit ({@code liandong.linkage.report-limits}). */
public enum WhistleType {
	/** 日常哨: routine matters (default limit 2 hours). */
	DAILY,
	/** 攻坚哨: a hard, key task (default limit 1 hour). */
	KEY_TASK,
	/** 应急哨: an emergency (default limit 30 minutes). */
	EMERGENCY
}
