package org.firststep.platform;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.firststep.support.Person;
import org.firststep.support.Response;
import org.firststep.support.TestClient;

/**
 * Sends one operation the whole battery: each malformed value in each path parameter, in
 * each query parameter and in each field of a valid body, then each malformed whole body,
 * and notes every answer of 500 or more (or none at all). Every request comes from its
 * own client address, so the sign-in throttle never stands between a value and the code
 * it is meant to reach.
 */
final class OperationFuzzer {

	/** Operations that change or use up who is calling: each gets a person of its own. */
	private static final Set<String> OWN_PERSON = Set.of("POST /api/v1/auth/tokens", "POST /api/v1/auth/recover",
			"POST /api/v1/me/password", "POST /api/v1/me/import", "DELETE /api/v1/me",
			"DELETE /api/v1/auth/tokens/current");

	/** Of those, the ones after whose success the person is no longer the same. */
	private static final Set<String> USED_UP_BY_SUCCESS = Set.of("POST /api/v1/auth/recover",
			"POST /api/v1/me/password", "POST /api/v1/me/import", "DELETE /api/v1/me",
			"DELETE /api/v1/auth/tokens/current");

	/** Operations that hash a password on every request that gets that far. */
	private static final Set<String> HASHING_PASSWORDS = Set.of("POST /api/v1/accounts", "POST /api/v1/auth/tokens",
			"POST /api/v1/auth/recover", "POST /api/v1/me/password", "DELETE /api/v1/me");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String MARKER = "\u0001malformed\u0001";

	private final ApiOperation operation;

	private final FuzzFixture fixture;

	private final ValidBodies bodies;

	private final Supplier<TestClient> clients;

	private final List<String> serverErrors = new ArrayList<>();

	private Person caller;

	private TestClient client;

	private int requests;

	OperationFuzzer(ApiOperation operation, FuzzFixture fixture, Supplier<TestClient> clients) {
		this.operation = operation;
		this.fixture = fixture;
		this.bodies = new ValidBodies(fixture);
		this.clients = clients;
	}

	/** Every value that answered 5xx, as {@code METHOD /path where=value → status}. */
	List<String> run() {
		String name = this.operation.name();
		boolean nothingElse = this.operation.body() == null && this.operation.pathParameters().isEmpty()
				&& this.operation.queryParameters().isEmpty();
		if (!USED_UP_BY_SUCCESS.contains(name) || nothingElse) {
			send("a valid request", path(null, null) + query(null, null), validBody());
		}
		for (String parameter : this.operation.pathParameters()) {
			for (String value : MalformedValues.PATH) {
				send("{" + parameter + "}=" + MalformedValues.label(value), path(parameter, value) + query(null, null),
						validBody());
			}
		}
		for (ApiOperation.QueryParameter parameter : this.operation.queryParameters()) {
			for (String value : MalformedValues.QUERY) {
				send("?" + parameter.name() + "=" + MalformedValues.label(value),
						path(null, null) + query(parameter, value), validBody());
			}
		}
		if (this.operation.body() != null) {
			List<String> battery = name.equals("POST /api/v1/me/import") ? MalformedValues.IMPORTED_FIELD
					: HASHING_PASSWORDS.contains(name) ? MalformedValues.PASSWORD_OPERATION_FIELD
							: MalformedValues.FIELD;
			for (List<Object> field : fields(this.bodies.of(this.operation, caller()))) {
				for (String value : battery) {
					send(label(field) + "=" + MalformedValues.label(value), path(null, null),
							() -> replaced(this.bodies.of(this.operation, caller()), field, value));
				}
			}
			for (String body : MalformedValues.BODY) {
				send("body " + MalformedValues.label(body), path(null, null), () -> body);
			}
		}
		return this.serverErrors;
	}

	int requests() {
		return this.requests;
	}

	private Supplier<String> validBody() {
		return () -> {
			JsonNode body = this.bodies.of(this.operation, caller());
			return (body != null) ? JSON.writeValueAsString(body) : "";
		};
	}

	private void send(String what, String path, Supplier<String> body) {
		for (int attempt = 0; attempt < 2; attempt++) {
			this.requests++;
			String text = body.get();
			TestClient sender = client().address(randomAddress());
			Response response;
			try {
				response = "GET".equals(this.operation.method()) ? sender.get(path)
						: sender.send(this.operation.method(), path, "application/json", text);
			}
			catch (IllegalStateException ex) {
				this.serverErrors.add(this.operation.name() + " " + what + " → no answer (" + ex.getCause() + ")");
				return;
			}
			if (response.status() >= 500) {
				this.serverErrors.add(this.operation.name() + " " + what + " → " + response.status());
			}
			boolean ownPerson = OWN_PERSON.contains(this.operation.name());
			boolean usedUp = response.status() < 300 && USED_UP_BY_SUCCESS.contains(this.operation.name());
			if (ownPerson && (usedUp || response.status() == 429)) {
				this.caller = null;
			}
			if (response.status() != 429 || !ownPerson) {
				return;
			}
		}
	}

	private Person caller() {
		if (this.caller == null) {
			if (OWN_PERSON.contains(this.operation.name())) {
				this.caller = Person.signUpWithToken(this.clients.get());
				this.client = this.caller.client();
			}
			else {
				this.caller = this.fixture.person;
				this.client = this.clients.get().bearer(this.fixture.person.token());
			}
		}
		return this.caller;
	}

	private TestClient client() {
		caller();
		return this.client;
	}

	/** The path with real ids of the caller's own, and this value in one parameter. */
	private String path(String parameter, String value) {
		String path = this.operation.path();
		for (String name : this.operation.pathParameters()) {
			String id = name.equals(parameter) ? value : this.fixture.pathId(this.operation, name);
			path = path.replace("{" + name + "}", id);
		}
		return path;
	}

	/**
	 * The query: a valid value in each required parameter, and this value in this one.
	 */
	private String query(ApiOperation.QueryParameter malformed, String value) {
		StringBuilder query = new StringBuilder();
		for (ApiOperation.QueryParameter parameter : this.operation.queryParameters()) {
			String text = parameter.equals(malformed) ? value : parameter.required()
					? URLEncoder.encode(ValidBodies.text(parameter.schema()), StandardCharsets.UTF_8) : null;
			if (text != null) {
				query.append(query.isEmpty() ? "?" : "&").append(parameter.name()).append('=').append(text);
			}
		}
		return query.toString();
	}

	/**
	 * Every field of the body, nested ones and the first item of every list included; the
	 * fields inside items of the same shape only once (the seven lists of the safety plan
	 * hold the same items).
	 */
	private static List<List<Object>> fields(JsonNode body) {
		List<List<Object>> fields = new ArrayList<>();
		walk(body, List.of(), fields, new HashSet<>());
		return fields;
	}

	private static void walk(JsonNode node, List<Object> path, List<List<Object>> fields, Set<String> shapes) {
		if (node.isObject()) {
			for (Map.Entry<String, JsonNode> field : node.properties()) {
				List<Object> inner = append(path, field.getKey());
				fields.add(inner);
				walk(field.getValue(), inner, fields, shapes);
			}
		}
		else if (node.isArray() && !node.isEmpty()) {
			List<Object> inner = append(path, 0);
			fields.add(inner);
			JsonNode item = node.get(0);
			if (!item.isObject() || shapes.add(String.join(",", new TreeSet<>(item.propertyNames())))) {
				walk(item, inner, fields, shapes);
			}
		}
	}

	private static List<Object> append(List<Object> path, Object step) {
		List<Object> longer = new ArrayList<>(path);
		longer.add(step);
		return longer;
	}

	/** The body as JSON text with the raw value in place of this field's. */
	private static String replaced(JsonNode body, List<Object> field, String value) {
		JsonNode parent = body;
		for (Object step : field.subList(0, field.size() - 1)) {
			parent = (step instanceof Integer index) ? parent.get(index) : parent.get((String) step);
		}
		Object last = field.get(field.size() - 1);
		if (last instanceof Integer index) {
			((ArrayNode) parent).set(index, MARKER);
		}
		else {
			((ObjectNode) parent).put((String) last, MARKER);
		}
		return JSON.writeValueAsString(body).replace(JSON.writeValueAsString(MARKER), value);
	}

	private static String label(List<Object> field) {
		StringBuilder label = new StringBuilder();
		for (Object step : field) {
			if (step instanceof Integer index) {
				label.append('[').append(index).append(']');
			}
			else {
				label.append(label.isEmpty() ? "" : ".").append(step);
			}
		}
		return label.toString();
	}

	private static String randomAddress() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "198." + random.nextInt(18, 20) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
	}

}
