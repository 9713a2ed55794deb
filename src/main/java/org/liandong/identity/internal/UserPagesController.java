package org.liandong.identity.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.liandong.identity.Role;
import org.liandong.shared.ConflictException;
import org.liandong.shared.InvalidRequestException;
import org.liandong.shared.NotFoundException;
import org.liandong.shared.PageQuery;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/** The user administration pages (administrators only, enforced by the page security chain). */
@Controller
class UserPagesController {

	private final UserAdministration administration;

	private final Validator validator;

	private final UserRefusals refusals;

	UserPagesController(UserAdministration administration, Validator validator, UserRefusals refusals) {
		this.administration = administration;
		this.validator = validator;
		this.refusals = refusals;
	}

	@GetMapping("/users")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Role role,
			@RequestParam(required = false) String unit, @RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("users", administration.search(q, role, unit, PageQuery.of(page, 50)).map(UserView::of));
		model.addAttribute("q", q);
		model.addAttribute("role", role);
		model.addAttribute("unit", unit);
		model.addAttribute("roles", Role.values());
		return "identity/users";
	}

	@GetMapping("/users/{username}")
	String edit(@PathVariable String username, Model model) {
		try {
			model.addAttribute("user", UserView.of(administration.get(username)));
		}
		catch (NotFoundException e) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		model.addAttribute("roles", Role.values());
		return "identity/user";
	}

	@PostMapping("/users")
	String create(@RequestParam String username, @RequestParam String displayName, @RequestParam Role role,
			@RequestParam(required = false) String unitCode, @RequestParam(required = false) String regionCode,
			@RequestParam(required = false) String gridCodes, @RequestParam String password,
			RedirectAttributes redirect) {
		var request = new UserRequests.NewUser(username, displayName, role, unitCode, regionCode, grids(gridCodes),
				password);
		// the form as it was filled in, should it come back refused (never the password)
		redirect.addFlashAttribute("draft", new UserRequests.NewUser(username, displayName, role, unitCode,
				regionCode, request.gridCodes(), null));
		return attempt(redirect, "/users", () -> {
			validate(request);
			return "/users/" + administration.create(request).username();
		});
	}

	@PostMapping("/users/{username}")
	String update(@PathVariable String username, @RequestParam String displayName, @RequestParam Role role,
			@RequestParam(required = false) String unitCode, @RequestParam(required = false) String regionCode,
			@RequestParam(required = false) String gridCodes, @RequestParam long version, RedirectAttributes redirect) {
		var change = new UserRequests.UserChange(displayName, role, unitCode, regionCode, grids(gridCodes), null,
				version);
		return attempt(redirect, userPath(username), () -> {
			validate(change);
			administration.update(username, change);
			return userPath(username);
		});
	}

	@PostMapping("/users/{username}/reset-password")
	String resetPassword(@PathVariable String username, @RequestParam String password, RedirectAttributes redirect) {
		return attempt(redirect, userPath(username), () -> {
			validate(new UserRequests.NewPassword(password));
			administration.resetPassword(username, password);
			return userPath(username);
		});
	}

	@PostMapping("/users/{username}/{action:enable|disable}")
	String setEnabled(@PathVariable String username, @PathVariable String action, RedirectAttributes redirect) {
		return attempt(redirect, userPath(username), () -> {
			administration.setEnabled(username, action.equals("enable"));
			return userPath(username);
		});
	}

	/**
	 * Runs a change; on success shows the target with "saved", else goes back with the reasons in the visitor's
	 * language.
	 */
	private String attempt(RedirectAttributes redirect, String back, Supplier<String> change) {
		try {
			String target = change.get();
			redirect.getFlashAttributes().remove("draft");
			redirect.addFlashAttribute("saved", true);
			return "redirect:" + target;
		}
		catch (InvalidRequestException | ConflictException | NotFoundException e) {
			redirect.addFlashAttribute("errors", refusals.describe(e));
		}
		return "redirect:" + back;
	}

	private <T> void validate(T request) {
		Set<ConstraintViolation<T>> violations = validator.validate(request);
		if (!violations.isEmpty()) {
			throw new InvalidRequestException("Invalid request", violations.stream()
				.map(v -> new InvalidRequestException.FieldError(org.liandong.shared.web.JsonBody.field(v), v.getMessage()))
				.toList());
		}
	}

	private static List<String> grids(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return Arrays.stream(text.split("[,，\\s]+")).filter(s -> !s.isBlank()).toList();
	}

	private static String userPath(String username) {
		return "/users/" + UriUtils.encodePathSegment(username, "UTF-8");
	}
}
