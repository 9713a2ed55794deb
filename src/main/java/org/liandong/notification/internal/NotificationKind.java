package org.liandong.notification.internal;

/** What a notification is about; each kind has a title and text template in the message bundle. */
enum NotificationKind {
	/** A new order for the lead unit, to sign and handle. */
	NEW_ORDER,
	/** A new order for a co-unit, to assist the lead unit (a co-unit does not sign). */
	NEW_CO_ORDER,
	/** The lead unit was urged (催办). */
	URGED,
	/** A supervision order was opened (督办). */
	SUPERVISED,
	/** The unit was summoned by a whistle (吹哨). */
	WHISTLE,
	/** A handling deadline was warned (yellow). */
	WARNED,
	/** A handling deadline was breached (red). */
	BREACHED,
	/** The order came back after revisit (重办). */
	REOPENED,
	/** A replied order waits for on-site verification (核查). */
	VERIFY,
	/** The on-site verification failed: the order is back with the lead unit (核查不通过). */
	VERIFY_FAILED,
	/** To supervisors whose scope covers the order: its reply scored low, before the revisit (答复质量低). */
	REPLY_QUALITY_LOW,
	/** To the citizen: the request was received. */
	CITIZEN_RECEIPT,
	/** To the citizen of any order: the unit replied; answer the revisit online (a signed link) or wait for the call. */
	CITIZEN_REVISIT_ONLINE,
	/** To the citizen: the order was closed with its result. */
	CITIZEN_RESULT
}
