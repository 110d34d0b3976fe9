package org.firststep.platform.security;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import org.firststep.platform.web.FormBodyFilter;
import org.firststep.platform.web.Problems;

/**
 * One filter chain for pages and API. Everything needs a signed-in account except the
 * routes features declare public. Pages and session-authenticated API calls carry a CSRF
 * token (the {@code XSRF-TOKEN} cookie, sent back as a form field or the
 * {@code X-XSRF-TOKEN} header); bearer-token calls and public API calls use no session
 * and need none.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

	static final List<String> PLATFORM_PUBLIC = List.of("/css/**", "/js/**", "/img/**", "/favicon.ico", "/robots.txt",
			"/manifest.webmanifest", "/error", "/actuator/health", "/api/v1/openapi.json");

	@Bean
	CsrfTokenRepository csrfTokenRepository() {
		CookieCsrfTokenRepository repository = CookieCsrfTokenRepository.withHttpOnlyFalse();
		repository.setCookieCustomizer((cookie) -> cookie.sameSite("Lax"));
		return repository;
	}

	@Bean
	RequestRejectedHandler refusedRequests() {
		return new RefusedRequests();
	}

	@Bean
	RequestCache requestCache() {
		HttpSessionRequestCache cache = new HttpSessionRequestCache();
		cache.setMatchingRequestParameterName(null);
		cache.setRequestMatcher((request) -> "GET".equals(request.getMethod())
				&& !request.getRequestURI().startsWith(request.getContextPath() + "/api/"));
		return cache;
	}

	@Bean
	SecurityFilterChain filterChain(HttpSecurity http, List<PublicRoutes> featureRoutes,
			BearerTokenAuthenticator bearerTokens, CsrfTokenRepository csrfTokens, RequestCache requestCache,
			List<LogoutHandler> logoutHandlers, Problems problems) throws Exception {
		List<String> publicPatterns = new ArrayList<>(PLATFORM_PUBLIC);
		featureRoutes.forEach((routes) -> publicPatterns.addAll(routes.patterns()));
		String[] patterns = publicPatterns.toArray(String[]::new);
		RequestMatcher publicApi = (request) -> isApi(request) && publicPatterns.stream()
			.anyMatch((pattern) -> pattern.startsWith("/api/")
					&& request.getRequestURI().substring(request.getContextPath().length()).equals(pattern));
		AuthenticationEntryPoint entryPoint = entryPoint(problems);

		http.authorizeHttpRequests(
				(requests) -> requests.requestMatchers(patterns).permitAll().anyRequest().authenticated())
			.csrf((csrf) -> csrf.spa()
				.csrfTokenRepository(csrfTokens)
				.ignoringRequestMatchers(BearerTokenFilter::hasBearerToken, publicApi))
			.headers((headers) -> SecurityHeaders.WRITERS.forEach(headers.defaultsDisabled()::addHeaderWriter))
			.requestCache((cache) -> cache.requestCache(requestCache))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(entryPoint)
				.accessDeniedHandler(accessDenied(problems)))
			.logout((logout) -> {
				logout.logoutUrl("/sign-out").logoutSuccessUrl("/?signedOut");
				logoutHandlers.forEach(logout::addLogoutHandler);
			})
			.formLogin((form) -> form.disable())
			.httpBasic((basic) -> basic.disable())
			.addFilterBefore(new BearerTokenFilter(bearerTokens, entryPoint), BasicAuthenticationFilter.class)
			.addFilterAfter(new CsrfCookieFilter(), CsrfFilter.class)
			.addFilterAfter(new FormBodyFilter(), HeaderWriterFilter.class);
		return http.build();
	}

	static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	private static AuthenticationEntryPoint entryPoint(Problems problems) {
		LoginUrlAuthenticationEntryPoint pages = new LoginUrlAuthenticationEntryPoint("/sign-in");
		return (request, response, failure) -> {
			if (isApi(request)) {
				response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
				ProblemResponses.write(response, problems.of(HttpStatus.UNAUTHORIZED, "problem.401.detail"));
			}
			else {
				pages.commence(request, response, failure);
			}
		};
	}

	private static AccessDeniedHandler accessDenied(Problems problems) {
		return (request, response, denied) -> {
			if (isApi(request)) {
				ProblemResponses.write(response, problems.of(HttpStatus.FORBIDDEN, "problem.403.csrf"));
			}
			else {
				response.sendError(HttpStatus.FORBIDDEN.value());
			}
		};
	}

	/**
	 * Makes sure the {@code XSRF-TOKEN} cookie exists, so that scripts on our own pages
	 * can send it back in a header.
	 */
	static final class CsrfCookieFilter extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token
					&& !BearerTokenFilter.hasBearerToken(request)) {
				token.getToken();
			}
			chain.doFilter(request, response);
		}

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			String path = request.getRequestURI();
			return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/img/");
		}

	}

}
