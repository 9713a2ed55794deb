package org.liandong.shared.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.http.converter.xml.Jaxb2RootElementHttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The HTTP message converters without JAXB's. The JAXB API is on the class path (a library needs it), so Spring MVC
 * registers its XML converter, and before writing any answer asks it whether it can: a search of the answer's class
 * for {@code @XmlRootElement} on every API response (a few percent of a request, JFR). The platform writes no XML
 * through message converters: Open311's XML is written by its own {@code Open311Body}.
 */
@Configuration(proxyBeanMethods = false)
class MessageConvertersConfiguration implements WebMvcConfigurer {

	@Override
	public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
		builder.configureMessageConvertersList(
				converters -> converters.removeIf(Jaxb2RootElementHttpMessageConverter.class::isInstance));
	}
}
