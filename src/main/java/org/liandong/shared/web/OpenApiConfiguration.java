package org.liandong.shared.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The OpenAPI document's header (at {@code /v3/api-docs}): what the API is, and how a caller authenticates (HTTP
 * Basic, or a bearer token from {@code POST /api/v1/auth/token}), so that Swagger UI can send either.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI liandongOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Liandong (联动) API")
				.description("The 12345 hotline, grid management and linkage command platform: work orders from "
						+ "intake to a rated, archived result. Errors are RFC 9457 problem details; lists are pages; "
						+ "creates honour an Idempotency-Key header; a 503 with Retry-After means the database is out "
						+ "of reach for now, retry with the same key. Open311 GeoReport v2 is served under "
						+ "/open311/v2 to its own specification (see docs/open311.md).")
				.version("v1")
				.license(new License().name("Apache-2.0")))
			.components(new Components()
				.addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
				.addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
					.description("A token from POST /api/v1/auth/token")))
			.addSecurityItem(new SecurityRequirement().addList("basic"))
			.addSecurityItem(new SecurityRequirement().addList("bearer"));
	}
}
