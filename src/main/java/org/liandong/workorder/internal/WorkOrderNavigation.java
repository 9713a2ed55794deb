package org.liandong.workorder.internal;

import org.liandong.shared.web.NavLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The work-order pages in the top navigation. */
@Configuration(proxyBeanMethods = false)
class WorkOrderNavigation {

	@Bean
	NavLink workOrdersLink() {
		return NavLink.forAll("/work-orders", "nav.workorders", 100);
	}
}
