package org.liandong.directory.internal;

import org.liandong.shared.web.NavLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The responsibility list in the top navigation. */
@Configuration(proxyBeanMethods = false)
class DirectoryNavigation {

	@Bean
	NavLink itemsLink() {
		return NavLink.forAll("/items", "nav.items", 700);
	}
}
