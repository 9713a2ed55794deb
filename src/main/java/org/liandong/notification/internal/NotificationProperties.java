package org.liandong.notification.internal;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code liandong.notification.*}.
 *
 * @param citizenSms whether citizens are told of receipt, result and revisit by SMS (through {@code SmsSender})
 * @param emailCopies addresses (e.g. a duty mailbox) that get an e-mail copy of warnings, breaches, supervision,
 *        urging and low reply-quality flags; empty by default
 * @param emailFrom the sender address of e-mails
 * @param sweepInterval how often the messages left pending (a process stopped between a commit and the send, a
 *        sender that failed) are looked for and sent again ({@link Outgoing}); 30 seconds by default
 * @param sweepAfter how long after it was recorded a message not yet marked sent is the sweep's (its node normally
 *        sends it within a fraction of a second); two minutes by default
 */
@ConfigurationProperties("liandong.notification")
public record NotificationProperties(@DefaultValue("true") boolean citizenSms,
		@DefaultValue List<String> emailCopies, @DefaultValue("noreply@liandong.local") String emailFrom,
		@DefaultValue("PT30S") java.time.Duration sweepInterval, @DefaultValue("PT2M") java.time.Duration sweepAfter) {
}
