package org.liandong.intake.internal;

import org.liandong.intake.SmsSender;
import org.liandong.shared.Masking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default {@link SmsSender}: writes the message to the log instead of sending it, the number and the query code
 * masked.
 */
class LoggingSmsSender implements SmsSender {

	private static final Logger log = LoggerFactory.getLogger(LoggingSmsSender.class);

	@Override
	public void send(String phone, String text) {
		if (log.isInfoEnabled()) { // the masking's patterns are not run where the line is not written
			log.info("SMS to {}: {}", Masking.phone(phone), Masking.citizenMessage(text, phone));
		}
	}
}
