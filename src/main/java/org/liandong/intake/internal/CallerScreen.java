package org.liandong.intake.internal;

import java.time.Instant;
import java.util.Optional;

import org.liandong.shared.ConflictException;
import org.liandong.shared.InvalidRequestException;
import org.liandong.workorder.Channel;
import org.liandong.workorder.WorkOrders;
import org.springframework.stereotype.Component;

/**
 * The blocked-callers policy at every door. A contact from a blocked number is always logged and does not become a
 * work order; public channels refuse it with a neutral message, while an operator may take it with an override
 * reason (a harassment caller may still report a real emergency), written on the order's timeline.
 */
@Component
class CallerScreen {

	/** What a citizen on a public channel is told: no mention of the list. */
	static final String NEUTRAL = "暂时无法通过此渠道受理您的诉求，请拨打 12345 热线反映。";

	static final String TIMELINE_ACTION = "BLOCKED_CALLER_OVERRIDE";

	private final BlockedCallers blocked;
	private final ContactLog contacts;
	private final WorkOrders orders;
	private final IntakeMessages messages;

	CallerScreen(BlockedCallers blocked, ContactLog contacts, WorkOrders orders, IntakeMessages messages) {
		this.blocked = blocked;
		this.contacts = contacts;
		this.orders = orders;
		this.messages = messages;
	}

	/** Refusal of a contact from a blocked number on a public channel; the contact is already logged. */
	static final class Refused extends RuntimeException {

		Refused() {
			super(NEUTRAL);
		}
	}

	/** What the operator console shows while the number is typed. */
	record Warning(String reason, Instant expiresAt, long contacts) {
	}

	Optional<Warning> warning(String phone) {
		return blocked.blocking(phone).map(e -> new Warning(e.reason(), e.expiresAt(), contacts.count(phone)));
	}

	/** Portal and Open311: logs and refuses a contact from a blocked number. */
	void screenPublic(Channel channel, String phone, String source) {
		if (blocked.blocking(phone).isPresent()) {
			contacts.refused(channel.name(), phone, source, null);
			throw new Refused();
		}
	}

	/**
	 * The operator console: nothing for a number that is not blocked; the override reason when it is blocked and the
	 * operator gave one; otherwise the call is logged and refused (409, the form comes back for a reason).
	 */
	Optional<String> screenCall(Channel channel, String phone, String operator, String overrideReason) {
		var entry = blocked.blocking(phone);
		if (entry.isEmpty()) {
			return Optional.empty();
		}
		String reason = PortalIntake.trim(overrideReason);
		if (reason == null) {
			contacts.refused(channel.name(), phone, operator, "未受理");
			throw new ConflictException(messages.say("intake.error.blockedCall", entry.get().reason()));
		}
		if (reason.length() > 500) {
			throw new InvalidRequestException("overrideReason", messages.say("intake.error.override.tooLong", "500"));
		}
		return Optional.of(reason);
	}

	/** Writes the override on the order's timeline and in the contact log (in the order's transaction). */
	void overridden(Channel channel, String phone, String operator, String orderId, String reason) {
		orders.recordOnTimeline(orderId, operator, TIMELINE_ACTION, "来电号码在骚扰号码名单中，坚持受理的理由：" + reason);
		contacts.taken(channel.name(), phone, operator, orderId, reason);
	}
}
