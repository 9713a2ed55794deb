package org.liandong.notification.internal;

import org.liandong.notification.SmsSender;
import org.springframework.stereotype.Component;

/**
 * The intake module's SMS seam ({@link org.liandong.intake.SmsSender}: the portal's receipt with the query code)
 * served by this module's sender, so that one gateway sends every citizen message and
 * {@code liandong.notification.citizen-sms=false} silences them all.
 */
@Component
class IntakeSmsBridge implements org.liandong.intake.SmsSender {

	private final SmsSender sms;
	private final NotificationProperties properties;

	IntakeSmsBridge(SmsSender sms, NotificationProperties properties) {
		this.sms = sms;
		this.properties = properties;
	}

	@Override
	public void send(String phone, String text) {
		if (properties.citizenSms()) {
			sms.send(phone, text);
		}
	}
}
