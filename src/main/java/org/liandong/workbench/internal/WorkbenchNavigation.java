package org.liandong.workbench.internal;

import org.liandong.shared.web.NavLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The working pages in the top navigation, each for the roles that work there. */
@Configuration(proxyBeanMethods = false)
class WorkbenchNavigation {

	@Bean
	NavLink dispatchConsoleLink() {
		return NavLink.forRoles("/workbench/dispatch", "nav.dispatch", 110, "DISPATCHER", "ADMIN");
	}

	@Bean
	NavLink unitWorkbenchLink() {
		return NavLink.forRoles("/workbench/unit", "nav.unitWorkbench", 120, "HANDLER", "ADMIN");
	}

	@Bean
	NavLink verificationLink() {
		return NavLink.forRoles("/workbench/verification", "nav.verification", 130, "GRID_WORKER", "DISPATCHER",
				"ADMIN");
	}
}
