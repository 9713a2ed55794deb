package org.liandong.deadline.internal;

import org.liandong.shared.web.NavLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The business calendar in the top navigation, for administrators. */
@Configuration(proxyBeanMethods = false)
class DeadlineNavigation {

	@Bean
	NavLink calendarLink() {
		return NavLink.forRoles("/calendar", "nav.calendar", 810, "ADMIN");
	}
}
