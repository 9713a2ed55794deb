package org.liandong.identity.internal;

import java.time.Instant;
import java.util.List;

import org.liandong.identity.Actor;
import org.liandong.identity.Actors;
import org.liandong.identity.Role;
import org.liandong.shared.ForbiddenException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

/** What any authenticated caller may ask about itself: who am I, and a bearer token. */
@RestController
class SelfServiceController {

	private final Users users;

	private final BearerTokens tokens;

	SelfServiceController(Users users, BearerTokens tokens) {
		this.users = users;
		this.tokens = tokens;
	}

	@Operation(summary = "The caller: username, role and scope")
	@GetMapping("/api/v1/me")
	Me me() {
		Actor a = Actors.current();
		return new Me(a.userId(), a.username(), a.displayName(), a.role(), a.unitCode(), a.regionCode(),
				a.gridCodes().stream().sorted().toList());
	}

	/** Exchanges a password (HTTP Basic) for a bearer token; a token cannot renew itself past its lifetime. */
	@Operation(summary = "A bearer token for the Basic credential sent (see expiresAt)")
	@PostMapping("/api/v1/auth/token")
	Token token() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication instanceof BearerAuthentication) {
			throw new ForbiddenException("A token is issued for a password (HTTP Basic), not for another token.");
		}
		UserAccount user = users.findByUsername(Actors.current().username())
			.filter(UserAccount::enabled)
			.orElseThrow(() -> new ForbiddenException("Only a stored, enabled user may have a token."));
		BearerTokens.Issued issued = tokens.issue(user);
		return new Token(issued.token(), issued.expiresAt());
	}

	/** The caller. */
	record Me(String id, String username, String displayName, Role role, String unitCode, String regionCode,
			List<String> gridCodes) {
	}

	/** A bearer token and when it expires. */
	record Token(String token, Instant expiresAt) {
	}
}
