package org.liandong.shared.web;

import java.util.UUID;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.view.RedirectView;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Gives every rendered page a fresh {@code formToken}; intake forms send it as {@link IdempotencyFilter#FORM_FIELD},
 * so a form posted twice (a double click, a browser retry, a reload of the answer) takes the request in once.
 * <p>
 * An interceptor rather than a {@code @ModelAttribute} advice: an advice on {@code @Controller} also runs for every
 * {@code @RestController} answer, which has no page to put a token in (and drew a random UUID per API request).
 * Here only a handler that renders a view gets one; a redirect does not (its model would become query parameters).
 */
@Configuration(proxyBeanMethods = false)
class FormTokens implements WebMvcConfigurer, HandlerInterceptor {

	static final String ATTRIBUTE = "formToken";

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).excludePathPatterns("/api/**", "/open311/**", "/actuator/**");
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView page) {
		if (page == null || page.wasCleared() || page.getModelMap().containsAttribute(ATTRIBUTE)) {
			return;
		}
		String name = page.getViewName();
		if (page.getView() instanceof RedirectView
				|| (name != null && (name.startsWith("redirect:") || name.startsWith("forward:")))) {
			return;
		}
		page.addObject(ATTRIBUTE, UUID.randomUUID().toString());
	}
}
