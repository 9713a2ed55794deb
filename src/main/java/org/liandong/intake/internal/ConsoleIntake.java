package org.liandong.intake.internal;

import org.liandong.shared.PhoneNumbers;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.liandong.identity.Actor;
import org.liandong.identity.Role;
import org.liandong.knowledge.KnowledgeArticle;
import org.liandong.knowledge.KnowledgeBase;
import org.liandong.shared.ForbiddenException;
import org.liandong.shared.InvalidRequestException;
import org.liandong.shared.InvalidRequestException.FieldError;
import org.liandong.workorder.Channel;
import org.liandong.workorder.Nature;
import org.liandong.workorder.NewWorkOrder;
import org.liandong.workorder.Urgency;
import org.liandong.workorder.WorkOrderStatus;
import org.liandong.workorder.WorkOrderSummary;
import org.liandong.workorder.WorkOrders;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the operator console does: take a call in (the order waits in the dispatch queue, RECEIVED), take it in and
 * answer it from a knowledge article at once (直办, ANSWERED), or take it in and merge it into an open order. Each
 * is one transaction: a refused answer or merge leaves no order behind.
 */
@Component
class ConsoleIntake {

	/** Channels an operator takes requests from. */
	static final Set<Channel> CHANNELS = Set.of(Channel.HOTLINE, Channel.WECHAT, Channel.MAILBOX, Channel.APP,
			Channel.WEB, Channel.CITY_MGMT);

	private final WorkOrders orders;
	private final KnowledgeBase knowledge;
	private final Clock clock;
	private final CallerScreen screen;
	private final IntakeMessages messages;

	ConsoleIntake(WorkOrders orders, KnowledgeBase knowledge, Clock clock, CallerScreen screen,
			IntakeMessages messages) {
		this.orders = orders;
		this.knowledge = knowledge;
		this.clock = clock;
		this.screen = screen;
		this.messages = messages;
	}

	static void checkOperator(Actor actor) {
		if (!(actor.isAdmin() || actor.is(Role.OPERATOR))) {
			throw new ForbiddenException("The operator console is for operators.");
		}
	}

	@Transactional
	WorkOrderSummary submit(Actor actor, ConsoleForm form) {
		checkOperator(actor);
		return take(actor, form);
	}

	@Transactional
	WorkOrderSummary answer(Actor actor, ConsoleForm form, String articleId) {
		checkOperator(actor);
		KnowledgeArticle article = knowledge.find(articleId == null ? "" : articleId)
			.orElseThrow(() -> new InvalidRequestException("articleId", messages.say("intake.error.article.unknown")));
		WorkOrderSummary order = take(actor, form);
		// the answer counts the article's use (ArticleCheck.cited), as the API's answer does
		return orders.act(actor, order.id(), "answer", Map.of("articleId", article.id(), "answer", article.body(),
				"note", "直办：" + article.title()));
	}

	@Transactional
	WorkOrderSummary merge(Actor actor, ConsoleForm form, String masterId) {
		checkOperator(actor);
		if (masterId == null || masterId.isBlank() || !orders.isVisibleTo(actor, masterId)) {
			throw new InvalidRequestException("masterId", messages.say("intake.error.master.unknown"));
		}
		WorkOrderSummary order = take(actor, form);
		return orders.act(actor, order.id(), "merge", Map.of("masterId", masterId, "note", "受理时合并为重复件"));
	}

	/** Takes the call in, unless the number is blocked and the operator gave no override reason. */
	private WorkOrderSummary take(Actor actor, ConsoleForm form) {
		NewWorkOrder order = newOrder(form);
		var override = screen.screenCall(order.channel(), order.citizenPhone(), actor.username(), form.overrideReason());
		WorkOrderSummary taken = orders.receive(order, actor.username(), actor.role().name());
		override.ifPresent(reason -> screen.overridden(order.channel(), order.citizenPhone(), actor.username(),
				taken.id(), reason));
		return taken;
	}

	/** The form as an order not taken in yet (for the duplicate check while the call goes on). */
	WorkOrderSummary draft(ConsoleForm f) {
		String region = PortalIntake.trim(f.regionCode());
		var now = clock.instant();
		return new WorkOrderSummary("console-draft", null, WorkOrderStatus.RECEIVED, Channel.HOTLINE, null,
				f.content(), f.content(), PortalIntake.trim(f.address()), null, null,
				region != null && region.matches("\\d{12}") ? region : null, null, PortalIntake.trim(f.itemCode()),
				Urgency.NORMAL, false, null, List.of(), null, null, false, false, null, 0, null, now, now, null, 0, null, false);
	}

	NewWorkOrder newOrder(ConsoleForm f) {
		List<FieldError> errors = new ArrayList<>();
		Channel channel = choice(Channel.class, f.channel(), Channel.HOTLINE, "channel", errors);
		if (channel != null && !CHANNELS.contains(channel)) {
			errors.add(new FieldError("channel", messages.say("intake.error.channel")));
		}
		String content = PortalIntake.trim(f.content());
		if (content == null) {
			errors.add(new FieldError("content", messages.say("portal.error.content.required")));
		}
		else if (content.length() > 4000) {
			errors.add(new FieldError("content", messages.say("portal.error.content.tooLong", "4000")));
		}
		String phone = PhoneNumbers.normalize(PortalIntake.trim(f.citizenPhone()));
		if (phone != null && !PhoneNumbers.isValid(phone)) {
			errors.add(new FieldError("citizenPhone", messages.say("intake.error.callerPhone")));
		}
		String name = PortalIntake.trim(f.citizenName());
		if (name != null && name.length() > 50) {
			errors.add(new FieldError("citizenName", messages.say("portal.error.name.tooLong", "50")));
		}
		String address = PortalIntake.trim(f.address());
		if (address != null && address.length() > 500) {
			errors.add(new FieldError("address", messages.say("portal.error.address.tooLong", "500")));
		}
		String region = PortalIntake.trim(f.regionCode());
		if (region != null && !region.matches("\\d{12}")) {
			errors.add(new FieldError("regionCode", messages.say("intake.error.regionCode")));
		}
		Nature nature = choice(Nature.class, f.nature(), null, "nature", errors);
		Urgency urgency = choice(Urgency.class, f.urgency(), Urgency.NORMAL, "urgency", errors);
		if (!errors.isEmpty()) {
			throw new InvalidRequestException(messages.say("intake.error.check"), errors);
		}
		return new NewWorkOrder(channel, content, nature, null, name, phone, address, null, null, null, region, null,
				PortalIntake.trim(f.itemCode()), urgency, "true".equals(f.confidential()), List.of());
	}

	private <E extends Enum<E>> E choice(Class<E> type, String value, E fallback, String field,
			List<FieldError> errors) {
		String v = PortalIntake.trim(value);
		if (v == null) {
			return fallback;
		}
		try {
			return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			errors.add(new FieldError(field, messages.say("intake.error.choice", v)));
			return fallback;
		}
	}
}
