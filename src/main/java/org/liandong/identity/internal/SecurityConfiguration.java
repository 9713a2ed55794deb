package org.liandong.identity.internal;

import java.io.IOException;
import java.time.Clock;

import org.liandong.shared.web.ExpiredForms;
import org.liandong.shared.web.FailureStatus;
import org.liandong.shared.web.SecurityHeaders;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Two filter chains: a stateless one for the API ({@code /api/**}, and Open311 whose writes carry their own API
 * key) answering problem details, and one for pages with form login, session, CSRF and HTTP Basic for scripts
 * (which opens no session: its CSRF token is derived from its credentials, {@link CredentialCsrfTokens}).
 * Both use one authentication manager: bcrypt behind a short cache of verified credentials, behind the throttle.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** The policies every answer carries ({@link SecurityHeaders}, which also sets them where these chains do not run). */
	static final String CONTENT_SECURITY_POLICY = SecurityHeaders.CONTENT_SECURITY_POLICY;

	static final String PERMISSIONS_POLICY = SecurityHeaders.PERMISSIONS_POLICY;

	/**
	 * With the security observations off ({@code management.observations.enable.spring.security=false}, the
	 * default in application.yml), the filter chains are not decorated for observation at all: the property alone
	 * makes each filter's observation a no-op, but its wrapper stays around every filter of every request. An
	 * operator who turns the observations on gets both back.
	 */
	@Bean
	@ConditionalOnProperty(name = "management.observations.enable.spring.security", havingValue = "false")
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	@Bean
	BasicCredentialCache basicCredentialCache(IdentityProperties properties, Clock clock) {
		return new BasicCredentialCache(properties, clock);
	}

	@Bean
	LoginThrottle loginThrottle(IdentityProperties properties, Clock clock) {
		return new LoginThrottle(properties, clock);
	}

	@Bean
	AuthenticationManager authenticationManager(AccountDetailsService accounts, PasswordEncoder passwordEncoder,
			BasicCredentialCache cache, LoginThrottle throttle) {
		DaoAuthenticationProvider bcrypt = new DaoAuthenticationProvider(accounts);
		bcrypt.setPasswordEncoder(passwordEncoder);
		ProviderManager providers = new ProviderManager(new CachingPasswordAuthenticationProvider(bcrypt, cache));
		return new ThrottlingAuthenticationManager(providers, throttle);
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, AuthenticationManager authenticationManager,
			BearerTokens tokens, Users users, IdentityProperties properties) throws Exception {
		ProblemResponses problems = new ProblemResponses();
		http.securityMatcher("/api/**", "/open311/**")
			// Open311 is open: its GETs need no login and its POST checks its own api_key (intake module), so any
			// method is let through and a wrong one answers 405, not a 401 asking an Open311 client to log in.
			// Device events authenticate with an HMAC signature (intake module).
			.authorizeHttpRequests(requests -> requests.requestMatchers("/open311/**")
				.permitAll()
				.requestMatchers(HttpMethod.POST, "/api/v1/device-events")
				.permitAll()
				.anyRequest()
				.authenticated())
			.authenticationManager(authenticationManager)
			.csrf(AbstractHttpConfigurer::disable)
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(AbstractHttpConfigurer::disable)
			.httpBasic(basic -> basic.authenticationEntryPoint(problems))
			.exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.addFilterBefore(new CrossSiteApiRequests(properties.allowedOrigins(), problems),
					BasicAuthenticationFilter.class)
			.addFilterBefore(new OpenPathCredentials(), BasicAuthenticationFilter.class)
			.addFilterBefore(new BearerTokenFilter(tokens, users, problems), BasicAuthenticationFilter.class)
			.headers(SecurityConfiguration::headers);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageSecurity(HttpSecurity http, AuthenticationManager authenticationManager,
			BearerTokens tokens, Users users, SharedSecrets secrets) throws Exception {
		AuthenticationFailureHandler loginFailed = (request, response, e) -> {
			LoginController.rememberFailed(request);
			response.sendRedirect(request.getContextPath() + (e instanceof LoginThrottledException ? "/login?locked"
					: e instanceof AuthenticationServiceException && FailureStatus.unavailable(e)
							? "/login?unavailable" : "/login?error"));
		};
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/actuator/health", "/actuator/health/**")
			.permitAll()
			.requestMatchers("/actuator/**")
			.hasRole("ADMIN")
			.requestMatchers("/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
			.permitAll()
			.requestMatchers("/public/**", "/portal/**", "/css/**", "/js/**", "/images/**", "/webjars/**",
					"/favicon.ico", "/error", "/login")
			.permitAll()
			.requestMatchers("/users", "/users/**")
			.hasRole("ADMIN")
			.anyRequest()
			.authenticated())
			.authenticationManager(authenticationManager)
			.formLogin(form -> form.loginPage("/login").failureHandler(loginFailed).permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
			.httpBasic(basic -> basic.realmName("liandong"))
			// a request with its own credentials gets a CSRF token derived from them, not one kept in a session
			.csrf(csrf -> csrf.csrfTokenRepository(new CredentialCsrfTokens(secrets)))
			.addFilterBefore(new CredentialSessions(), CsrfFilter.class)
			.addFilterBefore(new OpenPathCredentials(), BasicAuthenticationFilter.class)
			.addFilterBefore(new BearerTokenFilter(tokens, users, new ProblemResponses()),
					BasicAuthenticationFilter.class)
			.exceptionHandling(exceptions -> exceptions.accessDeniedHandler(SecurityConfiguration::pageDenied))
			.headers(SecurityConfiguration::headers);
		return http.build();
	}

	/**
	 * A page refused: the container's error page (403), which says that a form whose CSRF token is not the session's
	 * has expired (a session ended, a page left open for long) and leads back to it, rather than "you may not".
	 */
	private static void pageDenied(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
			throws IOException {
		if (e instanceof CsrfException) {
			ExpiredForms.mark(request);
		}
		response.sendError(HttpStatus.FORBIDDEN.value());
	}

	private static void headers(HeadersConfigurer<HttpSecurity> headers) {
		headers.frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
			.contentTypeOptions(Customizer.withDefaults())
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY));
	}
}
