package org.liandong.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import jakarta.servlet.RequestDispatcher;

/** The language switch stays on this site, whatever path, query or referer the request held. */
class LanguageLinkTests {

	private final LanguageLink link = new LanguageLink();

	@AfterEach
	void forget() {
		RequestContextHolder.resetRequestAttributes();
	}

	private String linkFor(MockHttpServletRequest request) {
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
		return link.to("en");
	}

	private String errorPageOf(String failedPath, String query) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
		request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, failedPath);
		request.setAttribute(RequestDispatcher.ERROR_QUERY_STRING, query);
		return linkFor(request);
	}

	@Test
	void aPlainPathKeepsItsAddressAndQuery() {
		assertThat(linkFor(new MockHttpServletRequest("GET", "/work-orders"))).isEqualTo("/work-orders?lang=en");
		assertThat(errorPageOf("/no-such-page", "status=DISPATCHED&lang=zh-CN"))
			.isEqualTo("/no-such-page?status=DISPATCHED&lang=en");
		assertThat(errorPageOf("/", null)).isEqualTo("/?lang=en");
	}

	@Test
	void aPathThatABrowserWouldTakeForAnotherHostBecomesTheStartPage() {
		for (String path : new String[] { "//evil.example", "///evil.example", "/\\evil.example", "\\\\evil.example",
				"http://evil.example/", "evil.example", "/\t/evil.example", "/ /evil.example", "" }) {
			assertThat(errorPageOf(path, null)).as(path).isEqualTo("/?lang=en");
			assertThat(errorPageOf(path, "q=1")).as(path).isEqualTo("/?lang=en");
		}
		assertThat(linkFor(new MockHttpServletRequest("GET", "//evil.example"))).isEqualTo("/?lang=en");
	}

	@Test
	void aFormsAnswerGoesToItsOwnSitesRefererOnly() {
		MockHttpServletRequest own = new MockHttpServletRequest("POST", "/portal/requests");
		own.addHeader("Referer", "http://localhost/portal?x=1");
		assertThat(linkFor(own)).isEqualTo("/portal?x=1&lang=en");
		for (String referer : new String[] { "http://evil.example/portal", "http://localhost//evil.example",
				"http://localhost/\\evil.example" }) {
			MockHttpServletRequest request = new MockHttpServletRequest("POST", "/portal/requests");
			request.addHeader("Referer", referer);
			assertThat(linkFor(request)).as(referer).isEqualTo("/?lang=en");
		}
	}

	@Test
	void aLocalPathIsOneSlashThenNoSlashNorBackslashNorWhiteSpace() {
		assertThat(LanguageLink.isLocalPath("/")).isTrue();
		assertThat(LanguageLink.isLocalPath("/work-orders/1?q=a%2F%2Fb")).isTrue();
		assertThat(LanguageLink.isLocalPath("//evil.example")).isFalse();
		assertThat(LanguageLink.isLocalPath("/\\evil.example")).isFalse();
		assertThat(LanguageLink.isLocalPath("/a\\b")).isFalse();
		assertThat(LanguageLink.isLocalPath("/a\nb")).isFalse();
		assertThat(LanguageLink.isLocalPath("?lang=en")).isFalse();
		assertThat(LanguageLink.isLocalPath(null)).isFalse();
	}
}
