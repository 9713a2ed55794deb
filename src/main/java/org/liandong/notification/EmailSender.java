package org.liandong.notification;

/** Sends an e-mail. SMTP through Spring Mail when {@code spring.mail.host} is set, else a logging sender. */
public interface EmailSender {

	void send(String address, String subject, String text);
}
