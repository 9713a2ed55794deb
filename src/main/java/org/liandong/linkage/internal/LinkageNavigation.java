package org.liandong.linkage.internal;

import org.liandong.shared.web.NavLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The whistle pages in the top navigation. */
@Configuration(proxyBeanMethods = false)
class LinkageNavigation {

	@Bean
	NavLink whistlesLink() {
		return NavLink.forRoles("/whistles", "nav.whistles", 140, "HANDLER", "DISPATCHER", "SUPERVISOR", "LEADER",
				"ADMIN");
	}
}
