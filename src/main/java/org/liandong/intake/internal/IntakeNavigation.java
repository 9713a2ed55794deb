package org.liandong.intake.internal;

import org.liandong.shared.web.NavLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The operator console, the blocked-callers list and the grid worker's report page in the top navigation. */
@Configuration(proxyBeanMethods = false)
class IntakeNavigation {

	@Bean
	NavLink consoleLink() {
		return NavLink.forRoles("/intake/console", "nav.intake.console", 90, "OPERATOR", "ADMIN");
	}

	@Bean
	NavLink blockedCallersLink() {
		return NavLink.forRoles("/intake/blocked-callers", "nav.intake.blocked", 92, "ADMIN", "SUPERVISOR", "OPERATOR");
	}

	@Bean
	NavLink gridReportLink() {
		return NavLink.forRoles("/intake/grid", "nav.intake.grid", 95, "GRID_WORKER");
	}
}
