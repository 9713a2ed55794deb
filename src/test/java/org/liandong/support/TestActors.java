package org.liandong.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.util.List;
import java.util.Set;

import org.liandong.identity.Actor;
import org.liandong.identity.ActorPrincipal;
import org.liandong.identity.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Runs a MockMvc request as a given actor without a password, for tests of one module's endpoints. */
public final class TestActors {

	public static final String CITY = "371000000000";

	private TestActors() {
	}

	public static RequestPostProcessor as(Actor actor) {
		record Principal(Actor actor) implements ActorPrincipal {
		}
		var auth = new UsernamePasswordAuthenticationToken(new Principal(actor), null,
				List.of(new SimpleGrantedAuthority("ROLE_" + actor.role().name())));
		return authentication(auth);
	}

	public static RequestPostProcessor admin() {
		return as(new Actor("u-admin", "admin", "admin", Role.ADMIN, null, CITY, Set.of()));
	}

	public static RequestPostProcessor role(Role role) {
		return as(new Actor("u-" + role, role.name().toLowerCase(), role.name(), role, null, CITY, Set.of()));
	}

	public static RequestPostProcessor handler(String unitCode) {
		return as(new Actor("u-h-" + unitCode, "h-" + unitCode, unitCode, Role.HANDLER, unitCode, null, Set.of()));
	}
}
