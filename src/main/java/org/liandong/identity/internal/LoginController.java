package org.liandong.identity.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/** The sign-in page; Spring Security handles {@code POST /login} and {@code POST /logout}. */
@Controller
class LoginController {

	/**
	 * The session attribute holding the username of a failed sign-in, so that the page shown next has it filled in
	 * (once; never in the address, where it would end up in logs and history).
	 */
	static final String LAST_USERNAME = LoginController.class.getName() + ".username";

	/** The username of a failed sign-in as kept for the page: trimmed, at most 64 characters. */
	static void rememberFailed(HttpServletRequest request) {
		String username = request.getParameter("username");
		if (username != null && !username.isBlank()) {
			String kept = username.strip();
			request.getSession().setAttribute(LAST_USERNAME, kept.length() > 64 ? kept.substring(0, 64) : kept);
		}
	}

	@GetMapping("/login")
	String login(HttpServletRequest request, Model model) {
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(LAST_USERNAME) instanceof String username) {
			session.removeAttribute(LAST_USERNAME);
			model.addAttribute("username", username);
		}
		return "identity/login";
	}
}
