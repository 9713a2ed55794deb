package org.liandong.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.liandong.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/** The resource URL encoding runs for pages and leaves the API, Open311 and the actuator alone. */
@IntegrationTest
class PageResourceUrlIntegrationTests {

	@Autowired
	List<FilterRegistrationBean<?>> registrations;

	@Test
	void oneEncodingFilterIsRegisteredAndItSkipsMachineFacingPaths() {
		assertThat(registrations).filteredOn(r -> r.getFilter() instanceof ResourceUrlEncodingFilter)
			.singleElement()
			.satisfies(r -> assertThat(r.getFilter()).isInstanceOf(PageResourceUrlConfiguration.PagesOnly.class));

		assertThat(PageResourceUrlConfiguration.PagesOnly.isMachineFacing(request("", "/api/v1/work-orders"))).isTrue();
		assertThat(PageResourceUrlConfiguration.PagesOnly.isMachineFacing(request("", "/open311/v2/requests.json")))
			.isTrue();
		assertThat(PageResourceUrlConfiguration.PagesOnly.isMachineFacing(request("/city", "/city/api/v1/me")))
			.isTrue();
		assertThat(PageResourceUrlConfiguration.PagesOnly.isMachineFacing(request("", "/console"))).isFalse();
		assertThat(PageResourceUrlConfiguration.PagesOnly.isMachineFacing(request("", "/apiary"))).isFalse();
	}

	private static MockHttpServletRequest request(String contextPath, String uri) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", uri);
		request.setContextPath(contextPath);
		return request;
	}
}
