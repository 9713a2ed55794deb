package org.liandong.shared.web;

import java.util.Comparator;
import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The navigation the layout shows ({@code ${@navigation.links()}}): every module's links the user may use. */
@Component("navigation")
public class Navigation {

	private final List<NavLink> links;

	Navigation(List<NavLink> links) {
		this.links = links.stream().sorted(Comparator.comparingInt(NavLink::order)).toList();
	}

	public List<NavLink> links() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || !auth.isAuthenticated()) {
			return List.of();
		}
		var authorities = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
		return links.stream()
			.filter(l -> l.roles().isEmpty() || l.roles().stream().anyMatch(r -> authorities.contains("ROLE_" + r)))
			.toList();
	}
}
