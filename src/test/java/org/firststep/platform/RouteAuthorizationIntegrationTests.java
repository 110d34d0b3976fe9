package org.firststep.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import org.firststep.support.IntegrationTest;
import org.firststep.support.Response;
import org.firststep.support.TestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks every route the app maps and calls it without signing in. Only the routes listed
 * here as public may answer; every other one must refuse (401 for the API, a redirect to
 * sign-in for pages). A new route fails this test until it is either protected or listed.
 */
class RouteAuthorizationIntegrationTests extends IntegrationTest {

	static final Set<String> PUBLIC = Set.of("GET /", "GET /help", "GET /sign-in", "POST /sign-in", "GET /sign-up",
			"POST /sign-up", "GET /recover", "POST /recover", "POST /recovery-code.txt", "POST /language",
			"POST /api/v1/accounts", "POST /api/v1/auth/tokens", "POST /api/v1/auth/recover",
			"GET /api/v1/crisis-lines", "GET /api/v1/openapi.json", "GET /error", "GET /actuator/health", "POST /reset",
			"GET /reset/{token}", "POST /reset/{token}", "POST /api/v1/safety/check", "GET /sw.js", "GET /guide",
			"GET /invitations/{token}", "GET /confirm/{token}", "POST /confirm/{token}",
			"POST /api/v1/accounts/confirm", "GET /unsubscribe", "POST /unsubscribe",
			"POST /api/v1/reminders/unsubscribe", "GET /calendar/{token}.ics");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void everyRouteIsEitherPublicOrRefusedWithoutSigningIn() {
		List<String> routes = routes();
		assertThat(routes).hasSizeGreaterThan(20);
		List<String> wrong = new ArrayList<>();
		for (String route : routes) {
			String method = route.substring(0, route.indexOf(' '));
			String path = route.substring(route.indexOf(' ') + 1)
				.replaceAll("\\{[^}]+\\}", UUID.randomUUID().toString());
			Response response = call(client(), method, path);
			boolean refused = path.startsWith("/api/") ? response.status() == 401
					: response.status() == 302 && response.header("Location").endsWith("/sign-in");
			boolean isPublic = PUBLIC.contains(route);
			if (refused == isPublic) {
				wrong.add(route + " answered " + response.status());
			}
		}
		assertThat(wrong).as("routes not covered by the authorization rules or by this test's public list").isEmpty();
	}

	private List<String> routes() {
		List<String> routes = new ArrayList<>();
		this.mappings.getHandlerMethods().forEach((info, handler) -> {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (methods.isEmpty()) {
					routes.add("GET " + pattern);
				}
				methods.forEach((method) -> routes.add(method.name() + " " + pattern));
			}
		});
		return routes.stream().distinct().sorted().toList();
	}

	private static Response call(TestClient client, String method, String path) {
		return switch (method) {
			case "GET" -> client.get(path);
			case "DELETE" -> client.delete(path);
			default -> client.send(method, path,
					path.startsWith("/api/") ? "application/json" : "application/x-www-form-urlencoded",
					path.startsWith("/api/") ? "{}" : "");
		};
	}

}
