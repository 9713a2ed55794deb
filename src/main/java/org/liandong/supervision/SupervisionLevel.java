package org.liandong.supervision;

/** How strongly an order is supervised. */
public enum SupervisionLevel {
	/** 一般督办. */
	NORMAL,
	/** 重点督办. */
	KEY,
	/** 挂牌督办: publicly listed. */
	LISTED
}
