package org.liandong.notification.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.liandong.identity.Actor;
import org.liandong.identity.Actors;
import org.liandong.notification.internal.NotificationController.NotificationView;
import org.liandong.shared.PageQuery;
import org.liandong.shared.web.NavLink;
import org.liandong.workorder.WorkOrders;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The inbox page: the caller's notifications, newest first; opening one marks it read. A notification about an order
 * the user can no longer see (returned, reassigned: it has left the unit) says so instead of offering a link to a
 * page the user may not open (404); opening it anyway (the page was older than the change) comes back here with
 * that notice.
 */
@Controller
class InboxPages {

	private final Inbox inbox;
	private final NotificationController api;
	private final WorkOrders orders;

	InboxPages(Inbox inbox, NotificationController api, WorkOrders orders) {
		this.inbox = inbox;
		this.api = api;
		this.orders = orders;
	}

	@Bean
	static NavLink inboxLink() {
		return NavLink.forAll("/notifications", "nav.notifications", 900);
	}

	@GetMapping("/notifications")
	String page(@RequestParam(required = false) Boolean unread, Model model) {
		Actor actor = Actors.current();
		List<NotificationView> notifications = api.views(inbox.list(actor.username(), unread, PageQuery.of(0, 200)))
			.content();
		model.addAttribute("notifications", notifications);
		model.addAttribute("gone", gone(actor, notifications));
		model.addAttribute("unreadCount", inbox.unread(actor.username()));
		model.addAttribute("unread", unread);
		return "notification/inbox";
	}

	@PostMapping("/notifications/{id}/open")
	String open(@PathVariable String id, RedirectAttributes redirect) {
		var view = api.read(id);
		if (view.link() == null || !view.link().startsWith("/")) {
			return "redirect:/notifications";
		}
		if (!gone(Actors.current(), List.of(view)).isEmpty()) {
			redirect.addFlashAttribute("goneNotice", true);
			return "redirect:/notifications";
		}
		return "redirect:" + view.link();
	}

	/** The orders (by id) the notifications link to that the user may no longer see. */
	private Set<String> gone(Actor actor, List<NotificationView> notifications) {
		Set<String> linked = new HashSet<>();
		for (NotificationView n : notifications) {
			if (n.workOrderId() != null && n.link() != null && n.link().startsWith("/work-orders/")) {
				linked.add(n.workOrderId());
			}
		}
		Set<String> gone = new HashSet<>(linked);
		gone.removeAll(orders.visibleAmong(actor, linked)); // one statement for the page, not one per order
		return gone;
	}
}
