package org.liandong.notification.internal;

import org.liandong.identity.Actors;
import org.liandong.shared.PageQuery;
import org.liandong.shared.web.NavLink;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The inbox page: the caller's notifications, newest first; opening one marks it read. */
@Controller
class InboxPages {

	private final Inbox inbox;
	private final NotificationController api;

	InboxPages(Inbox inbox, NotificationController api) {
		this.inbox = inbox;
		this.api = api;
	}

	@Bean
	static NavLink inboxLink() {
		return NavLink.forAll("/notifications", "nav.notifications", 900);
	}

	@GetMapping("/notifications")
	String page(@RequestParam(required = false) Boolean unread, Model model) {
		String me = Actors.current().username();
		model.addAttribute("notifications", inbox.list(me, unread, PageQuery.of(0, 200)).map(api::view).content());
		model.addAttribute("unreadCount", inbox.unread(me));
		model.addAttribute("unread", unread);
		return "notification/inbox";
	}

	@PostMapping("/notifications/{id}/open")
	String open(@PathVariable String id) {
		var view = api.read(id);
		return "redirect:" + (view.link() == null || !view.link().startsWith("/") ? "/notifications" : view.link());
	}
}
