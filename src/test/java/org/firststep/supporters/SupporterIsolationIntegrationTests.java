package org.firststep.supporters;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import org.firststep.support.IntegrationTest;
import org.firststep.support.Person;
import org.firststep.support.Response;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks every API route that takes an id and calls it with a supporter's credentials and
 * each id the supported person owns: reads and deletions answer 404, changes never
 * succeed, and the person's data is unchanged afterwards.
 */
class SupporterIsolationIntegrationTests extends IntegrationTest {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void aSupporterReachesNothingOfThePersonThroughAnyRoute() {
		Person ana = signedUpWithToken();
		Person sam = signedUpWithToken();
		String token = ana.client()
			.postJson("/api/v1/invitations", Map.of("scopes", List.of("status", "asks", "offers", "safetyPlan")))
			.json()
			.get("link")
			.asString()
			.replaceAll(".*/", "");
		sam.client().postJson("/api/v1/invitations/" + token + "/accept", Map.of());
		String linkId = ana.client().get("/api/v1/supporters").json().get(0).get("id").asString();
		String person = ana.client()
			.postJson("/api/v1/supporters/" + linkId + "/person", Map.of())
			.json()
			.get("personId")
			.asString();
		List<String> ids = new ArrayList<>(List.of(person, linkId, ana.client()
			.postJson("/api/v1/asks", Map.of("personId", person, "need", "listening", "size", "tiny", "message", "Hi"))
			.json()
			.get("id")
			.asString(), ana.client().postJson("/api/v1/journal", Map.of("text", "Mine")).json().get("id").asString(),
				ana.client()
					.postJson("/api/v1/thought-records", Map.of("automaticThought", "Mine"))
					.json()
					.get("id")
					.asString(),
				ana.client()
					.postJson("/api/v1/assessments", Map.of("instrument", "PHQ2", "answers", List.of(1, 1)))
					.json()
					.get("id")
					.asString(),
				ana.client()
					.postJson("/api/v1/exchanges", Map.of("direction", "given", "personId", person, "what", "Tea"))
					.json()
					.get("id")
					.asString()));
		String before = ana.client().get("/api/v1/me/export").json().get("data").toString();

		List<String> wrong = new ArrayList<>();
		for (String route : personRoutes()) {
			String method = route.substring(0, route.indexOf(' '));
			for (String id : ids) {
				String path = route.substring(route.indexOf(' ') + 1).replaceAll("\\{[^}]+\\}", id);
				Response response = switch (method) {
					case "GET" -> sam.client().get(path);
					case "DELETE" -> sam.client().delete(path);
					default -> sam.client().send(method, path, "application/json", "{}");
				};
				boolean fine = (method.equals("GET") || method.equals("DELETE")) ? response.status() == 404
						: response.status() == 404 || response.status() == 400;
				if (!fine) {
					wrong.add(route + " with " + id + " answered " + response.status());
				}
			}
		}
		assertThat(wrong).isEmpty();
		assertThat(ana.client().get("/api/v1/me/export").json().get("data").toString()).isEqualTo(before);
	}

	/**
	 * The person's own API routes that take an id: not the supporter's side, not tokens.
	 */
	private List<String> personRoutes() {
		List<String> routes = new ArrayList<>();
		this.mappings.getHandlerMethods().forEach((info, handler) -> {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (pattern.startsWith("/api/v1/") && pattern.contains("{") && !pattern.startsWith("/api/v1/supporting")
						&& !pattern.startsWith("/api/v1/invitations/{token}")
						&& !pattern.startsWith("/api/v1/me/tokens")) {
					methods.forEach((method) -> routes.add(method.name() + " " + pattern));
				}
			}
		});
		assertThat(routes).hasSizeGreaterThan(15);
		return routes.stream().distinct().sorted().toList();
	}

}
