package org.liandong.notification;

/**
 * Sends a text message. Provide a bean of this type to reach a real SMS gateway; the default only logs the message
 * with the number masked.
 */
public interface SmsSender {

	void send(String phone, String text);
}
