package org.liandong.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.liandong.support.Endpoints;
import org.liandong.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * The web layer's trimmings for speed: no JAXB message converter, and the handler mapping's shortcut
 * ({@link HandlerLookupConfiguration}), which turns away exactly the mappings Spring's full question turns away: for a
 * path made from every pattern of the application, with each of its methods, every mapping answers the same with and
 * without it.
 */
@IntegrationTest
class HandlerLookupIntegrationTests {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Autowired
	org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter adapter;

	@Test
	void answersAreWrittenWithoutAskingJaxb() {
		assertThat(adapter.getMessageConverters()).isNotEmpty()
			.noneMatch(org.springframework.http.converter.xml.Jaxb2RootElementHttpMessageConverter.class::isInstance)
			.anyMatch(c -> c.getClass().getSimpleName().contains("Json"));
	}

	@Test
	void theApplicationsMappingTakesTheShortcut() {
		assertThat(mapping).isInstanceOf(HandlerLookupConfiguration.LiteralPrefixHandlerMapping.class);
		assertThat(HandlerLookupConfiguration.LiteralPrefixHandlerMapping
			.literalStarts(RequestMappingInfo.paths("/api/v1/work-orders/{id}/{action}", "/a/b*c").build()))
			.containsExactlyInAnyOrder("/api/v1/work-orders/", "/a/b");
		assertThat(HandlerLookupConfiguration.LiteralPrefixHandlerMapping
			.literalStarts(RequestMappingInfo.paths("/x", "/{page}").build())).isEmpty();
	}

	@Test
	void everyMappingAnswersEveryPathAsSpringsFullQuestionDoes() throws Exception {
		var shortcut = (HandlerLookupConfiguration.LiteralPrefixHandlerMapping) mapping;
		Set<RequestMappingInfo> infos = mapping.getHandlerMethods().keySet();
		List<MockHttpServletRequest> requests = new ArrayList<>();
		for (Endpoints.Endpoint endpoint : Endpoints.of(mapping)) {
			requests.add(request(endpoint.method().name(), concrete(endpoint.pattern())));
		}
		// and paths no pattern was made for, near some that were
		requests.add(request("GET", "/api/v1/work-orders"));
		requests.add(request("GET", "/api/v1/work-ordersX/1"));
		requests.add(request("GET", "/api/v"));
		requests.add(request("GET", "/"));
		requests.add(request("GET", "/api/v1/work%2Dorders/1"));
		int compared = 0, turnedAway = 0;
		for (MockHttpServletRequest request : requests) {
			for (RequestMappingInfo info : infos) {
				boolean full = info.getMatchingCondition(request) != null;
				assertThat(shortcut.inLookup(request, () -> shortcut.getMatchingMapping(info, request)) != null)
					.as("%s %s against %s", request.getMethod(), request.getRequestURI(), info)
					.isEqualTo(full);
				compared++;
				turnedAway += full ? 0 : 1;
			}
		}
		assertThat(requests).hasSizeGreaterThan(100);
		assertThat(turnedAway).isGreaterThan(compared / 2);
	}

	private static MockHttpServletRequest request(String method, String path) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		ServletRequestPathUtils.parseAndCache(request);
		return request;
	}

	/** A path the pattern matches: its variables and wildcards filled in. */
	private static String concrete(String pattern) {
		return pattern.replaceAll("\\{\\*[^}]+}", "a/b")
			.replaceAll("\\{[^}]+}", "v1")
			.replace("**", "a/b")
			.replace("*", "a")
			.replace("?", "a");
	}
}
