package org.liandong.shared.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API documentation link, in the administrator's menu (the documentation itself is open to every caller). */
@Configuration(proxyBeanMethods = false)
class SharedNavigation {

	@Bean
	NavLink apiDocsLink() {
		return NavLink.forRoles("/swagger-ui/index.html", "nav.api", 900, "ADMIN");
	}
}
