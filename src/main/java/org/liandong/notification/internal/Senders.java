package org.liandong.notification.internal;

import org.liandong.notification.EmailSender;
import org.liandong.notification.SmsSender;
import org.liandong.shared.Masking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * The default senders: SMS only logged (number and the portal's query code masked); e-mail through Spring Mail's {@link JavaMailSender} when
 * {@code spring.mail.host} is set, else logged. A bean of either interface elsewhere replaces the default.
 */
@Configuration(proxyBeanMethods = false)
class Senders {

	private static final Logger log = LoggerFactory.getLogger(Senders.class);

	@Bean
	@ConditionalOnMissingBean(SmsSender.class)
	SmsSender loggingSmsSender() {
		return (phone, text) -> {
			if (log.isInfoEnabled()) { // the masking's patterns are not run where the line is not written
				log.info("SMS to {}: {}", Masking.phone(phone), Masking.citizenMessage(text, phone));
			}
		};
	}

	@Bean
	@ConditionalOnMissingBean(EmailSender.class)
	EmailSender emailSender(Environment env, ObjectProvider<JavaMailSender> mail, NotificationProperties properties) {
		JavaMailSender smtp = env.containsProperty("spring.mail.host") ? mail.getIfAvailable() : null;
		if (smtp == null) {
			return (address, subject, text) -> log.info("E-mail to {}: {} — {}", address, subject, text);
		}
		return (address, subject, text) -> {
			SimpleMailMessage message = new SimpleMailMessage();
			message.setFrom(properties.emailFrom());
			message.setTo(address);
			message.setSubject(subject);
			message.setText(text);
			smtp.send(message);
		};
	}
}
