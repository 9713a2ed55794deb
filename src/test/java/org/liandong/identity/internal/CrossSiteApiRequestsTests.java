package org.liandong.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * Which requests {@link CrossSiteApiRequests} takes for another site's: by origin (scheme, host and port, as a
 * browser's same-origin rule), and as configured.
 */
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
		assertThat(filter.crossSite(request("http://liandong.internal"))).isFalse();
		assertThat(filter.crossSite(request("HTTP://LIANDONG.internal:80"))).isFalse();
		MockHttpServletRequest secure = request("https://liandong.internal");
		secure.setScheme("https");
		secure.setServerPort(443);
		assertThat(filter.crossSite(secure)).isFalse();
		MockHttpServletRequest ownPort = request("http://liandong.internal:18083");
		ownPort.setServerPort(18083);
		assertThat(filter.crossSite(ownPort)).isFalse();
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
		assertThat(filter.crossSite(request("http://liandong.internal/path"))).isTrue();
		assertThat(filter.crossSite(request("http://user@liandong.internal"))).isTrue();
		assertThat(filter.crossSite(request("not an origin"))).isTrue();
		MockHttpServletRequest told = request(null);
		told.addHeader("Sec-Fetch-Site", "cross-site");
		assertThat(filter.crossSite(told)).isTrue();
	}

	@Test
	void anotherPortOrSchemeOfTheSameHostIsAnotherSite() {
		MockHttpServletRequest request = request("http://liandong.internal:9999");
		request.setServerPort(18083);
		assertThat(filter.crossSite(request)).isTrue();
		// the default port of the origin's scheme is not the request's
		assertThat(filter.crossSite(withPort(request("http://liandong.internal"), 18083))).isTrue();
		assertThat(filter.crossSite(request("http://liandong.internal:8443"))).isTrue();
		assertThat(filter.crossSite(request("https://liandong.internal"))).isTrue();
		assertThat(filter.crossSite(request("https://liandong.internal:80"))).isTrue();
		assertThat(filter.crossSite(request("ftp://liandong.internal"))).isTrue();
	}

	private static MockHttpServletRequest withPort(MockHttpServletRequest request, int port) {
		request.setServerPort(port);
		return request;
	}
}
