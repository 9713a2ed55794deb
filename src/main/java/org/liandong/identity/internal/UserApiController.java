package org.liandong.identity.internal;

import java.net.URI;

import jakarta.validation.Valid;

import org.liandong.identity.Role;
import org.liandong.shared.PageQuery;
import org.liandong.shared.PageResult;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** User administration for administrators: {@code /api/v1/users}. */
@RestController
@RequestMapping("/api/v1/users")
class UserApiController {

	private final UserAdministration administration;

	UserApiController(UserAdministration administration) {
		this.administration = administration;
	}

	@GetMapping
	PageResult<UserView> search(@RequestParam(required = false) String q, @RequestParam(required = false) Role role,
			@RequestParam(required = false) String unit, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		AdminOnly.require();
		return administration.search(q, role, unit, PageQuery.of(page, size)).map(UserView::of);
	}

	@GetMapping("/{username}")
	UserView get(@PathVariable String username) {
		AdminOnly.require();
		return UserView.of(administration.get(username));
	}

	@PostMapping
	ResponseEntity<UserView> create(@Valid @RequestBody UserRequests.NewUser request) {
		AdminOnly.require();
		UserView created = UserView.of(administration.create(request));
		return ResponseEntity.created(URI.create("/api/v1/users/" + created.username())).body(created);
	}

	@PutMapping("/{username}")
	UserView update(@PathVariable String username, @Valid @RequestBody UserRequests.UserChange change) {
		AdminOnly.require();
		return UserView.of(administration.update(username, change));
	}

	@PostMapping("/{username}/reset-password")
	UserView resetPassword(@PathVariable String username, @Valid @RequestBody UserRequests.NewPassword request) {
		AdminOnly.require();
		return UserView.of(administration.resetPassword(username, request.password()));
	}

	@PostMapping("/{username}/disable")
	UserView disable(@PathVariable String username) {
		AdminOnly.require();
		return UserView.of(administration.setEnabled(username, false));
	}

	@PostMapping("/{username}/enable")
	UserView enable(@PathVariable String username) {
		AdminOnly.require();
		return UserView.of(administration.setEnabled(username, true));
	}
}
