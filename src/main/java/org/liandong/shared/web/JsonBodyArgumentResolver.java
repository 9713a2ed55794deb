package org.liandong.shared.web;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Gives a handler its request body as a {@link JsonBody}: the bytes, not yet parsed (the handler reads them after its
 * visibility and rights checks). The OpenAPI document does not list the parameter; a handler describes its body
 * with {@code @io.swagger.v3.oas.annotations.parameters.RequestBody} and the body's type as the schema.
 */
@Configuration(proxyBeanMethods = false)
class JsonBodyArgumentResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

	static {
		org.springdoc.core.utils.SpringDocUtils.getConfig().addRequestWrapperToIgnore(JsonBody.class);
	}

	private final JsonMapper mapper;

	private final Validator validator;

	JsonBodyArgumentResolver(JsonMapper mapper, Validator validator) {
		this.mapper = JsonBody.lenient(mapper);
		this.validator = validator;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this);
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == JsonBody.class;
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) throws Exception {
		HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
		// a body sent as a form (curl -d without a Content-Type) or as multipart, or as anything but JSON, is refused
		// with that reason when it is read, whether a filter has read it into parameters already (its fields would
		// be reported missing) or not (it would be read as JSON only when no filter looked at it first)
		String notJson = request == null ? null : JsonBody.notJson(request);
		boolean form = JsonBody.FORM.equals(notJson);
		byte[] bytes = request == null || form ? new byte[0] : request.getInputStream().readAllBytes();
		return new JsonBody(bytes, mapper, validator, notJson);
	}
}
