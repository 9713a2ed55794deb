package org.liandong.shared.web;

import java.util.Set;

/**
 * A link in the top navigation, contributed by a module as a bean. {@code roles} empty means every signed-in user;
 * otherwise only users with one of those roles (names as in {@code identity.Role}) see it.
 */
public record NavLink(String path, String messageKey, int order, Set<String> roles) {

	public static NavLink forAll(String path, String messageKey, int order) {
		return new NavLink(path, messageKey, order, Set.of());
	}

	public static NavLink forRoles(String path, String messageKey, int order, String... roles) {
		return new NavLink(path, messageKey, order, Set.of(roles));
	}
}
