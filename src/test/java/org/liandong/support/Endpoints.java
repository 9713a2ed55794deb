package org.liandong.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The endpoints the application maps, read from its request mappings, for tests that must reach every one of a kind
 * (every page, every form, every endpoint taking an order's id) and so also cover those added later. A mapping
 * without a method condition is counted once, as {@code GET}.
 */
public final class Endpoints {

	/** One method and path pattern, as mapped ({@code /api/v1/work-orders/{id}/{action}}). */
	public record Endpoint(RequestMethod method, String pattern) {

		@Override
		public String toString() {
			return method + " " + pattern;
		}
	}

	private Endpoints() {
	}

	/** Those of every request mapping in the context. */
	public static List<Endpoint> of(ApplicationContext context) {
		List<Endpoint> out = new ArrayList<>();
		context.getBeansOfType(RequestMappingHandlerMapping.class).values().forEach(m -> out.addAll(of(m)));
		return out;
	}

	/** Those of one request mapping. */
	public static List<Endpoint> of(RequestMappingHandlerMapping mapping) {
		List<Endpoint> out = new ArrayList<>();
		mapping.getHandlerMethods().keySet().forEach(info -> {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					out.add(new Endpoint(method, pattern));
				}
			}
		});
		return out;
	}
}
