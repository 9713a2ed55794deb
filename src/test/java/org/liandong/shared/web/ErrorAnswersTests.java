package org.liandong.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.RequestDispatcher;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the error page offers after a failed request: a form sent ({@code POST}) that was not taken in leads back to
 * the form, with what to do about it; a page asked for ({@code GET}) does not, nor a form refused for who sent it.
 * The container dispatches to the error page as a {@code GET}: the failed request's method is its attribute's.
 */
class ErrorAnswersTests {

	private final ErrorAnswers answers = new ErrorAnswers(new StaticMessageSource(), JsonMapper.builder().build());

	@ParameterizedTest(name = "{0} {1}, expired form {2}: back to the form {3}, hint {4}")
	@CsvSource({ "POST, 503, false, true, error.unsaved", "POST, 429, false, true, error.unsaved",
			"POST, 413, false, true, error.unsaved.tooLarge", "POST, 400, false, true, error.unsaved.invalid",
			"POST, 403, true, true, error.unsaved.expired", "POST, 403, false, false, error.unsaved",
			"POST, 404, false, false, error.unsaved", "POST, 500, false, false, error.unsaved",
			"GET, 503, false, false, error.unsaved", "GET, 400, false, false, error.unsaved.invalid" })
	void aFormNotTakenInLeadsBackToIt(String method, int status, boolean expired, boolean back, String hint)
			throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
		request.setAttribute(RequestDispatcher.ERROR_METHOD, method);
		request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
		request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/portal/requests");
		request.addHeader("Accept", "text/html");
		request.addPreferredLocale(Locale.SIMPLIFIED_CHINESE);
		if (expired) {
			ExpiredForms.mark(request);
		}
		ModelAndView page = answers.error(request, new MockHttpServletResponse());
		assertThat(page.getModel().get("unsaved")).isEqualTo(back);
		assertThat(page.getModel().get("unsavedHint")).isEqualTo(hint);
	}
}
