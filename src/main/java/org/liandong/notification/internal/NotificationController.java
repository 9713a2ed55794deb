package org.liandong.notification.internal;

import java.time.Instant;
import java.util.List;

import org.liandong.identity.Actors;
import org.liandong.shared.NotFoundException;
import org.liandong.shared.PageQuery;
import org.liandong.shared.PageResult;
import org.liandong.workorder.SharedTexts;
import org.liandong.workorder.WorkOrders;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The caller's inbox (CONTRACT §9); titles and texts in the request's locale (zh-CN unless asked otherwise), without
 * personal data ({@link SharedTexts}).
 */
@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "Notifications", description = "The caller's in-app inbox (CONTRACT §9)")
class NotificationController {

	private final Inbox inbox;
	private final Templates templates;
	private final WorkOrders workOrders;

	NotificationController(Inbox inbox, Templates templates, WorkOrders workOrders) {
		this.inbox = inbox;
		this.templates = templates;
		this.workOrders = workOrders;
	}

	/** A notification as the API shows it. */
	record NotificationView(String id, String kind, String title, String text, String workOrderId, String refId,
			String link, Instant createdAt, boolean read, Instant readAt) {
	}

	@GetMapping
	@Operation(summary = "The caller's notifications, newest first; unread=true for unread ones only")
	PageResult<NotificationView> list(@RequestParam(required = false) Boolean unread,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return views(inbox.list(Actors.current().username(), unread, PageQuery.of(page, size)));
	}

	/** A page of notifications as {@link #view} shows them, with one read of their orders' citizens. */
	PageResult<NotificationView> views(PageResult<Inbox.Notification> found) {
		SharedTexts texts = workOrders.sharedTexts(found.content().stream().map(Inbox.Notification::orderId).toList());
		return found.map(n -> view(n, texts));
	}

	@PostMapping("/{id}/read")
	@Operation(summary = "Marks one of the caller's notifications read (idempotent)")
	@Transactional
	NotificationView read(@PathVariable String id) {
		String me = Actors.current().username();
		inbox.find(me, id).orElseThrow(() -> new NotFoundException("Notification " + id + " not found."));
		inbox.markRead(id);
		return view(inbox.find(me, id).orElseThrow());
	}

	NotificationView view(Inbox.Notification n) {
		return view(n, workOrders.sharedTexts(n.orderId() == null ? List.of() : List.of(n.orderId())));
	}

	/**
	 * The notification as every reader reads it: its arguments (an order's title, an urge note, a reason) redacted
	 * with its order's citizen when it is shown, not when it is stored, so that those stored before read so too;
	 * the template's own words never hold personal data.
	 */
	private NotificationView view(Inbox.Notification n, SharedTexts texts) {
		NotificationKind kind = NotificationKind.valueOf(n.kind());
		var locale = LocaleContextHolder.getLocale();
		List<String> args = n.args().stream().map(a -> texts.redact(n.orderId(), a)).toList();
		return new NotificationView(n.id(), n.kind(), templates.title(kind, args, locale),
				templates.text(kind, args, locale), n.orderId(), n.refId(), n.link(), n.createdAt(),
				n.readAt() != null, n.readAt());
	}
}
