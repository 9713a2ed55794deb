package org.liandong.identity.internal;

import org.liandong.shared.web.NavLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** User administration in the top navigation, for administrators. */
@Configuration(proxyBeanMethods = false)
class IdentityNavigation {

	@Bean
	NavLink usersLink() {
		return NavLink.forRoles("/users", "nav.users", 800, "ADMIN");
	}
}
