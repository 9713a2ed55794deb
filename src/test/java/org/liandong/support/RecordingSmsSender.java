package org.liandong.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.liandong.notification.SmsSender;
import org.liandong.shared.Masking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * The SMS gateway of the tests: logs like the default sender (masked number) and remembers every message, so that a
 * test can count what a citizen received. Found by the application's component scan, so every test context shares
 * it without extra configuration.
 */
@Component
@Primary
public class RecordingSmsSender implements SmsSender {

	private static final Logger log = LoggerFactory.getLogger(RecordingSmsSender.class);

	/** One message handed to the gateway. */
	public record Sms(String phone, String text) {
	}

	private final List<Sms> sent = new CopyOnWriteArrayList<>();

	@Override
	public void send(String phone, String text) {
		log.info("SMS to {}: {}", Masking.phone(phone), text);
		sent.add(new Sms(phone, text));
	}

	/** The messages sent to {@code phone} so far, oldest first. */
	public List<String> to(String phone) {
		return sent.stream().filter(s -> s.phone().equals(phone)).map(Sms::text).toList();
	}
}
