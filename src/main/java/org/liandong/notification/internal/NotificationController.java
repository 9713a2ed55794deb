package org.liandong.notification.internal;

import java.time.Instant;

import org.liandong.identity.Actors;
import org.liandong.shared.NotFoundException;
import org.liandong.shared.PageQuery;
import org.liandong.shared.PageResult;
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

/** The caller's inbox (CONTRACT §9); titles and texts in the request's locale (zh-CN unless asked otherwise). */
@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "Notifications", description = "The caller's in-app inbox (CONTRACT §9)")
class NotificationController {

	private final Inbox inbox;
	private final Templates templates;

	NotificationController(Inbox inbox, Templates templates) {
		this.inbox = inbox;
		this.templates = templates;
	}

	/** A notification as the API shows it. */
	record NotificationView(String id, String kind, String title, String text, String workOrderId, String refId,
			String link, Instant createdAt, boolean read, Instant readAt) {
	}

	@GetMapping
	@Operation(summary = "The caller's notifications, newest first; unread=true for unread ones only")
	PageResult<NotificationView> list(@RequestParam(required = false) Boolean unread,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return inbox.list(Actors.current().username(), unread, PageQuery.of(page, size)).map(this::view);
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
		NotificationKind kind = NotificationKind.valueOf(n.kind());
		var locale = LocaleContextHolder.getLocale();
		return new NotificationView(n.id(), n.kind(), templates.title(kind, n.args(), locale),
				templates.text(kind, n.args(), locale), n.orderId(), n.refId(), n.link(), n.createdAt(),
				n.readAt() != null, n.readAt());
	}
}
