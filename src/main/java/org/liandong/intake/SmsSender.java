package org.liandong.intake;

/**
 * Sends a short text message to a citizen (work-order number, query code, revisit link). The intake module ships a
 * sender that only logs; a notification module may provide its own bean of this type, which then replaces it.
 */
public interface SmsSender {

	/** Sends {@code text} to {@code phone}; must not throw for a delivery failure (log it instead). */
	void send(String phone, String text);
}
