package org.liandong.identity.internal;

import java.util.Collection;
import java.util.List;

import org.liandong.identity.Actor;
import org.liandong.identity.ActorPrincipal;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal of every authenticated request (form, Basic or bearer), so that {@code Actors.current()} works
 * whatever the method. Authorities are {@code ROLE_<role>}. The password hash is present only while Spring Security
 * verifies a password; principals kept in sessions, caches and contexts carry none.
 */
public final class AccountDetails implements UserDetails, ActorPrincipal {

	private static final long serialVersionUID = 1L;

	private final Actor actor;

	private final String passwordHash;

	private final boolean enabled;

	AccountDetails(Actor actor, String passwordHash, boolean enabled) {
		this.actor = actor;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
	}

	static AccountDetails of(UserAccount user) {
		return new AccountDetails(user.actor(), user.passwordHash(), user.enabled());
	}

	AccountDetails withoutPassword() {
		return new AccountDetails(actor, null, enabled);
	}

	@Override
	public Actor actor() {
		return actor;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority("ROLE_" + actor.role().name()));
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return actor.username();
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public String toString() {
		return "AccountDetails[" + actor.username() + ", " + actor.role() + "]";
	}
}
