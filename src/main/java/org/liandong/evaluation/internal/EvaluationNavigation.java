package org.liandong.evaluation.internal;

import org.liandong.shared.web.NavLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The evaluation pages in the top navigation. */
@Configuration(proxyBeanMethods = false)
class EvaluationNavigation {

	@Bean
	NavLink revisitQueueLink() {
		return NavLink.forRoles("/evaluation/revisits", "nav.evaluation.revisits", 600, "OPERATOR", "SUPERVISOR",
				"ADMIN");
	}

	@Bean
	NavLink evaluationDashboardLink() {
		return NavLink.forRoles("/evaluation/dashboard", "nav.evaluation.dashboard", 610, "LEADER", "SUPERVISOR",
				"DISPATCHER", "ADMIN");
	}

	@Bean
	NavLink replyQualityLink() {
		return NavLink.forRoles("/evaluation/reply-quality", "nav.evaluation.replyQuality", 620, "SUPERVISOR",
				"LEADER", "ADMIN");
	}
}
