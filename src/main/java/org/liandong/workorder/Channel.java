package org.liandong.workorder;

/** The door a request came through (渠道). */
public enum Channel {
	/** 12345 telephone hotline. */
	HOTLINE,
	/** Web portal. */
	WEB,
	/** Mobile app. */
	APP,
	/** WeChat mini-program or official account. */
	WECHAT,
	/** Open311 GeoReport v2 client. */
	OPEN311,
	/** A grid worker's report. */
	GRID,
	/** A device or sensor event. */
	DEVICE,
	/** The digital city-management system. */
	CITY_MGMT,
	/** The mayor's mailbox. */
	MAILBOX,
	/** Opened by the platform itself (未诉先办). */
	PROACTIVE
}
