package org.liandong.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** A session something opens for a request with its own credentials lives two minutes unused, not eight hours. */
class CredentialSessionsTests {

	private static final int EIGHT_HOURS = 8 * 3600;

	private static MockHttpServletRequest through(MockHttpServletRequest request) throws Exception {
		new CredentialSessions().doFilter(request, new MockHttpServletResponse(),
				(req, res) -> ((jakarta.servlet.http.HttpServletRequest) req).getSession().setMaxInactiveInterval(EIGHT_HOURS));
		return request;
	}

	@Test
	void aSessionOpenedForABasicRequestIsShortLived() throws Exception {
		MockHttpServletRequest basic = new MockHttpServletRequest("POST", "/users");
		basic.addHeader("Authorization", "Basic YWRtaW46ZGVtbzEyMw==");
		assertThat(through(basic).getSession(false).getMaxInactiveInterval())
			.isEqualTo((int) CredentialSessions.TIMEOUT.toSeconds());
	}

	@Test
	void aVisitorsSessionKeepsItsTimeout() throws Exception {
		assertThat(through(new MockHttpServletRequest("POST", "/login")).getSession(false).getMaxInactiveInterval())
			.isEqualTo(EIGHT_HOURS);
	}
}
