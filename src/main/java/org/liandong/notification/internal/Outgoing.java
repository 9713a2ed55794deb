package org.liandong.notification.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.liandong.notification.EmailSender;
import org.liandong.notification.SmsSender;
import org.liandong.shared.Batches;
import org.liandong.shared.TransactionEnd;
import org.liandong.workorder.WorkOrders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Messages to the outside (SMS, e-mail) through the queue {@link Deliveries} keeps (docs/adr/0007). A message is
 * recorded, pending, in the transaction that decides it; once that commits, one thread of this node hands it to its
 * sender and marks it sent, together with the others of that moment in one statement. A rolled-back transaction
 * sends nothing. A message still pending {@code liandong.notification.sweep-after} (two minutes) after it was
 * recorded (the process stopped between the commit and the send, or the sender failed) is sent by the sweep, on
 * whichever node runs it first, at most {@link #MAX_ATTEMPTS} times, {@link #RETRY} apart: at least once while the gateway answers, and a second message
 * only where a node was stopped after handing it over and before marking it.
 */
@Component
class Outgoing implements DisposableBean {

	private static final Logger LOG = LoggerFactory.getLogger(Outgoing.class);

	/** Between the sweep's attempts at one message. */
	static final Duration RETRY = Duration.ofMinutes(5);

	/** Attempts by the sweep before it gives up on a message (it stays recorded, never sent). */
	static final int MAX_ATTEMPTS = 10;

	/** How long the thread waits after the first message for more to mark with it. */
	private static final Duration LINGER = Duration.ofMillis(50);

	/** Messages the sweep takes per run. */
	private static final int SWEEP = 200;

	/** A message to send: its key in the queue, and the unmasked address (in memory only). */
	record Message(Deliveries.Key key, String to, String subject, String text) {
	}

	private final Deliveries deliveries;
	private final SmsSender sms;
	private final EmailSender email;
	private final WorkOrders workOrders;
	private final NotificationProperties properties;
	private final Clock clock;
	private final TransactionTemplate ownTransaction;
	private final Batches<Message> committed;

	Outgoing(Deliveries deliveries, SmsSender sms, EmailSender email, WorkOrders workOrders,
			NotificationProperties properties, Clock clock, PlatformTransactionManager transactions) {
		this.deliveries = deliveries;
		this.sms = sms;
		this.email = email;
		this.workOrders = workOrders;
		this.properties = properties;
		this.clock = clock;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.committed = new Batches<>("outgoing-messages", LINGER, this::sendAll,
				ex -> LOG.warn("Could not send messages: {} (the sweep sends them)", ex.toString()));
	}

	/**
	 * Records the message in the current transaction and sends it once that commits (at once outside one); false
	 * when it was recorded before (a repeated delivery of the same event), and nothing is sent.
	 *
	 * @param to the unmasked address, held in memory only until the message is sent
	 */
	boolean send(Deliveries.Key key, NotificationKind kind, String orderId, String to, String subject, String text) {
		if (!deliveries.record(key, kind, orderId, subject, text, properties.sweepAfter())) {
			return false;
		}
		Message message = new Message(key, to, subject, text);
		TransactionEnd.afterCommit(() -> committed.add(message));
		return true;
	}

	/** Sends the messages and marks those sent in one statement; a failed one stays pending, for the sweep. */
	void sendAll(List<Message> messages) {
		List<Deliveries.Key> sent = new ArrayList<>(messages.size());
		for (Message m : messages) {
			if (hand(m)) {
				sent.add(m.key());
			}
		}
		ownTransaction.executeWithoutResult(tx -> deliveries.markSent(sent));
	}

	/** Hands one message to its sender; false when the sender failed (logged with the masked address). */
	private boolean hand(Message m) {
		try {
			if ("EMAIL".equals(m.key().channel())) {
				email.send(m.to(), m.subject(), m.text());
			}
			else {
				sms.send(m.to(), m.text());
			}
			return true;
		}
		catch (RuntimeException ex) {
			LOG.warn("Could not send {} {} to {}: {} (the sweep tries again)", m.key().channel(), m.key().eventKey(),
					m.key().address(), ex.toString());
			return false;
		}
	}

	/**
	 * Sends the messages left pending beyond their due time: each is taken first (so that another node's sweep
	 * leaves it), due again after {@link #RETRY} unless this is its last attempt. An SMS goes to the order's phone
	 * as it is now (the number is not stored with the message); one whose order has no phone any more, or sent
	 * while citizen SMS are switched off, is given up.
	 */
	@Scheduled(initialDelayString = "${liandong.notification.sweep-interval:PT30S}",
			fixedDelayString = "${liandong.notification.sweep-interval:PT30S}")
	void sweep() {
		Instant now = clock.instant();
		List<Deliveries.Key> sent = new ArrayList<>();
		for (Deliveries.Due due : deliveries.due(now, SWEEP)) {
			String to = addressOf(due);
			boolean last = to == null || due.attempts() + 1 >= MAX_ATTEMPTS;
			if (!deliveries.take(due, last ? null : now.plus(RETRY))) {
				continue; // (another sweep took it, or it was sent meanwhile)
			}
			if (to == null) {
				LOG.warn("Gave up {} {}: no address to send it to", due.key().channel(), due.key().eventKey());
				continue;
			}
			if (hand(new Message(due.key(), to, due.subject(), due.body()))) {
				sent.add(due.key());
			}
			else if (last) {
				LOG.error("Gave up {} {} to {} after {} attempts", due.key().channel(), due.key().eventKey(),
						due.key().address(), MAX_ATTEMPTS);
			}
		}
		ownTransaction.executeWithoutResult(tx -> deliveries.markSent(sent));
	}

	private String addressOf(Deliveries.Due due) {
		if ("EMAIL".equals(due.key().channel())) {
			return due.key().address();
		}
		if (!properties.citizenSms() || due.orderId() == null) {
			return null;
		}
		return workOrders.citizenPhone(due.orderId()).filter(p -> !p.isBlank()).orElse(null);
	}

	/** Sends what has committed and is still in the queue (tests). */
	void flush() {
		committed.flush();
	}

	@Override
	public void destroy() {
		try {
			committed.close();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (RuntimeException ex) {
			LOG.warn("Could not send the messages left at close: {} (the sweep sends them)", ex.toString());
		}
	}
}
