package org.liandong.identity.internal;

import java.net.URI;

import org.liandong.identity.Role;
import org.liandong.shared.PageQuery;
import org.liandong.shared.PageResult;
import org.liandong.shared.web.JsonBody;
import org.liandong.shared.web.SendsLocation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * User administration for administrators: {@code /api/v1/users}. A body is read only after the checks that do not
 * depend on it (403 for a caller who is not an administrator, then 404 for an unknown user), so that a malformed
 * body answers 400 after them, as the contract's precedence wants.
 */
@RestController
@RequestMapping("/api/v1/users")
class UserApiController {

	private final UserAdministration administration;

	UserApiController(UserAdministration administration) {
		this.administration = administration;
	}

	@Operation(summary = "Users, by q (username or name), role and unit (ADMIN)")
	@GetMapping
	PageResult<UserView> search(@RequestParam(required = false) String q, @RequestParam(required = false) Role role,
			@RequestParam(required = false) String unit, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		AdminOnly.require();
		return administration.search(q, role, unit, PageQuery.of(page, size)).map(UserView::of);
	}

	@Operation(summary = "One user (ADMIN)")
	@GetMapping("/{username}")
	UserView get(@PathVariable String username) {
		AdminOnly.require();
		return UserView.of(administration.get(username));
	}

	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Creates a user with a role and a scope that fits it (ADMIN)")
	@SendsLocation("The user created: /api/v1/users/{username}")
	@PostMapping
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
			schema = @Schema(implementation = UserRequests.NewUser.class)))
	ResponseEntity<UserView> create(JsonBody body) {
		AdminOnly.require();
		UserView created = UserView.of(administration.create(body.read(UserRequests.NewUser.class)));
		return ResponseEntity.created(URI.create("/api/v1/users/" + created.username())).body(created);
	}

	@Operation(summary = "Changes a user's name, role and scope; version for optimistic locking (ADMIN)")
	@PutMapping("/{username}")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
			schema = @Schema(implementation = UserRequests.UserChange.class)))
	UserView update(@PathVariable String username, JsonBody body) {
		AdminOnly.require();
		administration.get(username); // 404 for an unknown user, before the body
		return UserView.of(administration.update(username, body.read(UserRequests.UserChange.class)));
	}

	@Operation(summary = "Sets a new password (ADMIN)")
	@PostMapping("/{username}/reset-password")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
			schema = @Schema(implementation = UserRequests.NewPassword.class)))
	UserView resetPassword(@PathVariable String username, JsonBody body) {
		AdminOnly.require();
		administration.get(username); // 404 for an unknown user, before the body
		return UserView.of(administration.resetPassword(username,
				body.read(UserRequests.NewPassword.class).password()));
	}

	@Operation(summary = "Disables a user: no sign-in by form, Basic or token (ADMIN; not oneself)")
	@PostMapping("/{username}/disable")
	UserView disable(@PathVariable String username) {
		AdminOnly.require();
		return UserView.of(administration.setEnabled(username, false));
	}

	@Operation(summary = "Enables a user again (ADMIN)")
	@PostMapping("/{username}/enable")
	UserView enable(@PathVariable String username) {
		AdminOnly.require();
		return UserView.of(administration.setEnabled(username, true));
	}
}
