package org.liandong.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Which requests {@link CrossSiteApiRequests} takes for another site's: by origin, by host name, and as configured. */
class CrossSiteApiRequestsTests {

	private final CrossSiteApiRequests filter = new CrossSiteApiRequests(List.of("https://12345.Example.gov.cn/"),
			new ProblemResponses());

	private static MockHttpServletRequest request(String origin) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/work-orders");
		request.setServerName("liandong.internal");
		if (origin != null) {
			request.addHeader("Origin", origin);
		}
		return request;
	}

	@Test
	void theRequestsOwnHostAndTheConfiguredOriginsAreThisPlatforms() {
		assertThat(filter.crossSite(request(null))).isFalse();
		assertThat(filter.crossSite(request("https://liandong.internal"))).isFalse();
		assertThat(filter.crossSite(request("http://LIANDONG.internal:8443"))).isFalse();
		// a proxy that passes its own host name: the public origin is configured
		assertThat(filter.crossSite(request("https://12345.example.gov.cn"))).isFalse();
		// and a page served from another domain that is configured, which the browser calls cross-site
		MockHttpServletRequest configured = request("https://12345.example.gov.cn");
		configured.addHeader("Sec-Fetch-Site", "cross-site");
		assertThat(filter.crossSite(configured)).isFalse();
	}

	@Test
	void anyOtherOriginNullOrAMalformedOneIsAnotherSites() {
		assertThat(filter.crossSite(request("https://evil.example"))).isTrue();
		assertThat(filter.crossSite(request("https://liandong.internal.evil.example"))).isTrue();
		assertThat(filter.crossSite(request("http://12345.example.gov.cn.evil.example"))).isTrue();
		assertThat(filter.crossSite(request("null"))).isTrue();
		assertThat(filter.crossSite(request("not an origin"))).isTrue();
		MockHttpServletRequest told = request(null);
		told.addHeader("Sec-Fetch-Site", "cross-site");
		assertThat(filter.crossSite(told)).isTrue();
	}
}
