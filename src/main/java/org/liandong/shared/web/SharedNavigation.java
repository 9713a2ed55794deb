package org.liandong.shared.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API documentation link, for everyone signed in. */
@Configuration(proxyBeanMethods = false)
class SharedNavigation {

	@Bean
	NavLink apiDocsLink() {
		return NavLink.forAll("/swagger-ui/index.html", "nav.api", 900);
	}
}
