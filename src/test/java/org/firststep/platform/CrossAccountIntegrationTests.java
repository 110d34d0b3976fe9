package org.firststep.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.sql.DataSource;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import org.firststep.support.IntegrationTest;
import org.firststep.support.Person;
import org.firststep.support.Response;
import org.firststep.support.TestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks every route the app maps, every method, with the ids of another person's real
 * data, as four kinds of someone else: a stranger with an API token, the same stranger
 * signed in in a browser, a supporter whose link shares only the status, and a supporter
 * the person removed. Every answer to a request that names one of the person's ids must
 * refuse it as if it did not exist (404, or 401 / a redirect to sign-in), and no answer
 * to anything, the stranger's own pages and exports included, may hold one of the
 * person's canaries. Afterwards the person's data is as it was and nothing the others
 * keep points at it.
 * <p>
 * The routes come from Spring's request mappings, so a new route is walked as soon as it
 * exists; a new write that takes no id in its path must be given a body here or be listed
 * as taking no id, or this test fails.
 */
class CrossAccountIntegrationTests extends IntegrationTest {

	/**
	 * What a supporter reaches with their own link when it shares only the status: also
	 * the plans they were chosen to hold the person to (there are none here) and telling
	 * the person they checked in, which come with being a supporter, not with a scope.
	 */
	static final Set<String> STATUS_ONLY_LINK = Set.of("GET /supporting/{linkId}", "POST /supporting/{linkId}/checkin",
			"GET /api/v1/supporting/{linkId}/status", "GET /api/v1/supporting/{linkId}/partner-plans",
			"POST /api/v1/supporting/{linkId}/checked-in", "POST /supporting/{linkId}/checked-in");

	/** Path variables that are not ids, with the values a person sends. */
	static final Map<String, List<String>> NOT_IDS = Map.of("name", List.of("PHQ9"), "answer",
			List.of("accept", "decline"));

	/** Query parameters that are not ids, with the values a person sends. */
	static final Map<String, List<String>> QUERY_VALUES = Map.ofEntries(Map.entry("need", List.of("listening")),
			Map.entry("size", List.of("small")), Map.entry("template", List.of("0")),
			Map.entry("direction", List.of("given")), Map.entry("days", List.of("14")),
			Map.entry("format", List.of("json", "csv", "fhir")), Map.entry("country", List.of("ES")),
			Map.entry("limit", List.of("5")), Map.entry("from", List.of("2020-01-01")),
			Map.entry("to", List.of("2030-12-31")), Map.entry("q", List.of(OwnersData.PREFIX, "harbour")));

	/**
	 * Writes that take no id of anyone in path, query or body: they act on the caller's
	 * own account only, so there is nothing of another's to name. (Sign-up, sign-in and
	 * recovery take an address and a secret, which the throttle and sign-in tests cover;
	 * unsubscribing takes the secret key of an e-mail's link, which
	 * {@code ReminderIntegrationTests} tries unknown.)
	 */
	static final Set<String> TAKE_NO_IDS = Set.of("POST /api/v1/accounts", "POST /api/v1/accounts/confirm",
			"POST /api/v1/auth/tokens", "DELETE /api/v1/auth/tokens/current", "POST /api/v1/auth/recover",
			"PATCH /api/v1/me", "DELETE /api/v1/me", "POST /api/v1/me/password", "POST /api/v1/safety/check",
			"POST /api/v1/coach", "POST /api/v1/asks/clarity", "PUT /api/v1/status", "POST /api/v1/checkins",
			"POST /api/v1/assessments", "POST /api/v1/journal", "POST /api/v1/people", "POST /sign-in", "POST /sign-up",
			"POST /recover", "POST /recovery-code.txt", "POST /language", "POST /reset", "POST /status",
			"POST /checkins/mood", "POST /checkins/today", "POST /journal", "POST /people", "POST /settings/profile",
			"POST /settings/password", "POST /settings/tokens", "POST /settings/delete", "POST /asks/clarity",
			"POST /assessments/{name}", "PUT /api/v1/reminders/settings", "POST /settings/reminders",
			"POST /settings/reminders/pause", "POST /settings/reminders/calendar",
			"POST /settings/reminders/calendar/off", "POST /api/v1/calendar/rotate", "DELETE /api/v1/calendar",
			"POST /notifications/read", "POST /unsubscribe", "POST /api/v1/reminders/unsubscribe");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	DataSource dataSource;

	@Test
	void noOneElseReadsOrChangesAnythingOfAPersonThroughAnyRoute() {
		OwnersData ana = OwnersData.make(this::signedUpWithToken);
		Person stranger = signedUpWithToken();
		String before = snapshot(ana.owner);
		List<Attacker> attackers = List.of(
				new Attacker("another person (API token)", stranger, stranger.client(), null, Set.of(), true),
				new Attacker("another person (browser)", stranger, signedInBrowser(stranger), null, Set.of(), false),
				new Attacker("a supporter whose link shares only the status", ana.statusOnlySupporter,
						signedInBrowser(ana.statusOnlySupporter), ana.statusOnlyLink, Set.of(ana.displayNameCanary),
						true),
				new Attacker("a removed supporter", ana.removedSupporter, signedInBrowser(ana.removedSupporter),
						ana.removedLink, Set.of(), true));

		Walk walk = new Walk(ana);
		List<Route> routes = routes();
		assertThat(routes).hasSizeGreaterThan(100);
		for (Attacker attacker : attackers) {
			for (Route route : routes) {
				walk.route(attacker, route);
			}
		}

		assertThat(walk.unclassified).as("writes that need a body here or a place in TAKE_NO_IDS").isEmpty();
		assertThat(walk.wrong).as("answers to someone else that were not a refusal or held the person's data")
			.isEmpty();
		assertThat(snapshot(ana.owner)).as("the person's data after the walk").isEqualTo(before);
		for (Attacker attacker : attackers) {
			assertThat(foreignIdsKeptBy(attacker, ana)).as("ids of the person kept in %s's rows", attacker.name)
				.isEmpty();
		}
		assertThat(walk.canariesSeenByOwner(ana)).as("the owner's own pages show every canary (the check can see)")
			.containsAll(ana.canaries.keySet()
				.stream()
				.filter((canary) -> !ana.canaries.get(canary).startsWith("invitations."))
				.toList());
		System.out.printf("cross-account walk: %d routes, %d requests as someone else, %d with the person's ids, "
				+ "%d cross-account reads%n", routes.size(), walk.requests, walk.withForeignIds, walk.reads);
	}

	/**
	 * What the person has, as they see it, with their invitations and what their links
	 * share: everything the walk must leave alone.
	 */
	private String snapshot(Person owner) {
		TestClient client = owner.client();
		return String.join("\n", client.get("/api/v1/me/export").json().get("data").toString(),
				client.get("/api/v1/supporters").body(), client.get("/api/v1/offers").body(),
				client.get("/api/v1/status").body(), client.get("/api/v1/me").body(),
				client.get("/api/v1/me/tokens")
					.json()
					.get("items")
					.valueStream()
					.map((token) -> token.get("id").asString() + " " + token.get("name"))
					.sorted()
					.collect(Collectors.joining(",")),
				this.jdbc.sql(
						"SELECT id, person_id, scopes, used_at, revoked_at FROM invitation WHERE account_id = ? ORDER BY id")
					.param(owner.accountId())
					.query()
					.listOfRows()
					.toString(),
				this.jdbc
					.sql("SELECT s.link_id, s.kind, s.item_id, s.state FROM shared_item s JOIN supporter_link l"
							+ " ON l.id = s.link_id WHERE l.account_id = ? ORDER BY s.link_id, s.kind, s.item_id")
					.param(owner.accountId())
					.query()
					.listOfRows()
					.toString());
	}

	/**
	 * Every row of the other account, in every table that has an account id, searched for
	 * the person's ids: none may be kept there (an ask, an exchange or a plan that points
	 * at the person's entries would mean an id was trusted).
	 */
	private List<String> foreignIdsKeptBy(Attacker attacker, OwnersData ana) {
		List<String> found = new ArrayList<>();
		Set<String> ids = new LinkedHashSet<>(ana.allIds());
		if (attacker.ownLink != null) {
			ids.remove(attacker.ownLink);
		}
		for (String table : tablesWithAccountId()) {
			for (Map<String, Object> row : this.jdbc.sql("SELECT * FROM " + table + " WHERE account_id = ?")
				.param(attacker.person.accountId())
				.query()
				.listOfRows()) {
				for (Object value : row.values()) {
					String text = (value instanceof byte[] bytes) ? new String(bytes, StandardCharsets.ISO_8859_1)
							: String.valueOf(value);
					ids.stream().filter(text::contains).forEach((id) -> found.add(table + ": " + id));
				}
			}
		}
		return found;
	}

	private Set<String> tablesWithAccountId() {
		Set<String> tables = new TreeSet<>();
		try (Connection connection = this.dataSource.getConnection();
				ResultSet columns = connection.getMetaData().getColumns(null, null, "%", "%")) {
			while (columns.next()) {
				if ("account_id".equalsIgnoreCase(columns.getString("COLUMN_NAME"))) {
					tables.add(columns.getString("TABLE_NAME").toLowerCase());
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		assertThat(tables).contains("person", "ask", "journal_entry");
		return tables;
	}

	private TestClient signedInBrowser(Person person) {
		TestClient browser = client();
		Response signedIn = browser.postForm("/sign-in", "email", person.email(), "password", person.password());
		assertThat(signedIn.status()).as("signing in %s", person.email()).isEqualTo(302);
		return browser;
	}

	private List<Route> routes() {
		List<Route> routes = new ArrayList<>();
		this.mappings.getHandlerMethods().forEach((info, handler) -> {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (methods.isEmpty()) {
					routes.add(new Route("GET", pattern, handler));
				}
				methods.forEach((method) -> routes.add(new Route(method.name(), pattern, handler)));
			}
		});
		return routes.stream().distinct().sorted((a, b) -> a.key().compareTo(b.key())).toList();
	}

	/**
	 * Valid bodies, so that a refusal can only come from whose data it is: for writes
	 * with an id in the path, one body that the owner's own request would pass validation
	 * with; for writes without, bodies that name the person's ids.
	 */
	private static Map<String, Function<OwnersData, List<Body>>> bodies() {
		Map<String, Function<OwnersData, List<Body>>> bodies = new LinkedHashMap<>();
		bodies.put("PATCH /api/v1/supporters/{id}", (ana) -> List.of(json(Map.of("scopes", List.of("status")))));
		bodies.put("POST /api/v1/supporting/{linkId}/asks/{askId}/answer",
				(ana) -> List.of(json(Map.of("answer", "yes", "message", "Glad to"))));
		bodies.put("POST /api/v1/supporting/{linkId}/offers",
				(ana) -> List.of(json(Map.of("what", "Bring soup", "when", "Friday at 6"))));
		bodies.put("PATCH /api/v1/journal/{id}", (ana) -> List.of(json(Map.of("text", "Rewritten"))));
		bodies.put("PATCH /api/v1/thought-records/{id}",
				(ana) -> List.of(json(Map.of("automaticThought", "Rewritten"))));
		bodies.put("PATCH /api/v1/asks/{id}", (ana) -> List.of(json(Map.of("message", "Rewritten"))));
		bodies.put("POST /api/v1/asks/{id}/outcome",
				(ana) -> List.of(json(Map.of("outcome", "yes", "feelingAfter", 7))));
		bodies.put("PATCH /api/v1/people/{id}", (ana) -> List.of(json(Map.of("notes", "Rewritten"))));
		bodies.put("POST /supporters/{id}", (ana) -> List.of(form("scopes", "status")));
		bodies.put("POST /supporting/{linkId}/asks/{askId}/answer", (ana) -> List.of(form("answer", "yes")));
		bodies.put("POST /supporting/{linkId}/offers", (ana) -> List.of(form("what", "Soup", "when", "Friday")));
		bodies.put("POST /supporting/{linkId}/checkin", (ana) -> List.of(form("day", "3")));
		bodies.put("POST /journal/{id}", (ana) -> List.of(form("text", "Rewritten")));
		bodies.put("POST /thoughts/{id}", (ana) -> List.of(form("automaticThought", "Rewritten")));
		bodies.put("POST /asks/{id}",
				(ana) -> List.of(form("need", "listening", "size", "tiny", "message", "Rewritten")));
		bodies.put("POST /asks/{id}/outcome", (ana) -> List.of(form("outcome", "yes", "feelingAfter", "7")));
		bodies.put("POST /people/{id}",
				(ana) -> List.of(form("type", "person", "name", "Rewritten", "safety", "3", "goodFor", "listening")));

		bodies.put("POST /api/v1/asks", (ana) -> each(ana.ids("person"),
				(person) -> json(Map.of("personId", person, "need", "listening", "size", "tiny", "message", "Hello"))));
		bodies.put("POST /api/v1/exchanges", (ana) -> each(ana.ids("person"),
				(person) -> json(Map.of("direction", "given", "personId", person, "what", "Tea"))));
		bodies.put("POST /api/v1/thought-records", (ana) -> each(ana.ids("ask"),
				(ask) -> json(Map.of("automaticThought", "They will say no", "askId", ask))));
		bodies.put("PUT /api/v1/safety-plan", (ana) -> each(ana.ids("person"),
				(person) -> json(Map.of("peopleToAsk", List.of(Map.of("text", "", "personId", person))))));
		bodies.put("POST /api/v1/invitations", (ana) -> each(ana.ids("person"),
				(person) -> json(Map.of("scopes", List.of("status"), "personId", person))));
		bodies.put("POST /api/v1/me/import", (ana) -> List.of(json(importNaming(ana))));
		bodies.put("POST /asks", (ana) -> each(ana.ids("person"),
				(person) -> form("personId", person, "need", "listening", "size", "tiny", "message", "Hello")));
		bodies.put("POST /give-and-take", (ana) -> each(ana.ids("person"),
				(person) -> form("direction", "given", "personId", person, "what", "Tea")));
		bodies.put("POST /thoughts",
				(ana) -> each(ana.ids("ask"), (ask) -> form("automaticThought", "They will say no", "askId", ask)));
		bodies.put("POST /safety-plan",
				(ana) -> each(ana.ids("person"), (person) -> form("peopleToAskPeople", person, "sharedWith", person)));
		bodies.put("POST /supporters/invitations",
				(ana) -> each(ana.ids("person"), (person) -> form("scopes", "status", "personId", person)));
		bodies.put("POST /settings/import", (ana) -> List.of(multipart(importNaming(ana))));
		return bodies;
	}

	/** An export document that reuses the person's ids for the importer's own rows. */
	private static Map<String, Object> importNaming(OwnersData ana) {
		String person = ana.ids("person").get(0);
		return Map.of("format", "firststep-export", "version", 1, "data",
				Map.of("people",
						List.of(Map.of("id", person, "type", "person", "name", "Sam", "channels", List.of(), "goodFor",
								List.of("listening"), "safety", 3, "createdAt", "2026-11-01T10:00:00Z")),
						"journal", List.of(Map.of("id", ana.ids("journal").get(0), "text", "Mine", "createdAt",
								"2026-11-01T10:00:00Z", "updatedAt", "2026-11-01T10:00:00Z"))));
	}

	private static List<Body> each(List<String> ids, Function<String, Body> body) {
		return ids.stream().map(body).toList();
	}

	private static Body json(Object value) {
		return new Body("application/json", JSON.writeValueAsString(value));
	}

	private static Body form(String... namesAndValues) {
		StringBuilder body = new StringBuilder();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			body.append((i == 0) ? "" : "&")
				.append(URLEncoder.encode(namesAndValues[i], StandardCharsets.UTF_8))
				.append('=')
				.append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
		}
		return new Body("application/x-www-form-urlencoded", body.toString());
	}

	private static Body multipart(Object document) {
		String boundary = "----firststep-walk";
		String body = "--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"export.json\"\r\n"
				+ "Content-Type: application/json\r\n\r\n" + JSON.writeValueAsString(document) + "\r\n--" + boundary
				+ "--\r\n";
		return new Body("multipart/form-data; boundary=" + boundary, body);
	}

	/** One request body and its media type. */
	record Body(String contentType, String text) {
	}

	/** A mapped route and the handler method that serves it. */
	record Route(String method, String pattern, HandlerMethod handler) {

		String key() {
			return this.method + " " + this.pattern;
		}

		boolean isApi() {
			return this.pattern.startsWith("/api/");
		}

		List<String> variables() {
			List<String> names = new ArrayList<>();
			var matcher = java.util.regex.Pattern.compile("\\{([^}]+)\\}").matcher(this.pattern);
			while (matcher.find()) {
				names.add(matcher.group(1));
			}
			return names;
		}

		/** The handler's query parameters, by name. */
		List<String> queryParameters() {
			List<String> names = new ArrayList<>();
			for (MethodParameter parameter : this.handler.getMethodParameters()) {
				RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
				if (param != null && !Map.class.isAssignableFrom(parameter.getParameterType())) {
					String name = param.name().isEmpty() ? param.value() : param.name();
					names.add(name.isEmpty() ? parameter.getParameterName() : name);
				}
			}
			return names;
		}

	}

	/**
	 * Someone other than the person.
	 *
	 * @param name what the report calls them
	 * @param person their account
	 * @param browser their client for pages (and the API, when {@code apiByToken} is
	 * false)
	 * @param ownLink their own link to the person, for a supporter
	 * @param allowedCanaries what of the person's they may see (a supporter sees the
	 * name)
	 * @param apiByToken whether they call the API with their token or their browser
	 */
	record Attacker(String name, Person person, TestClient browser, String ownLink, Set<String> allowedCanaries,
			boolean apiByToken) {

		TestClient clientFor(Route route) {
			return (route.isApi() && this.apiByToken) ? this.person.client() : this.browser;
		}

	}

	/** The requests, what they answered, and what was wrong. */
	private static final class Walk {

		final OwnersData ana;

		final Map<String, Function<OwnersData, List<Body>>> bodies = bodies();

		final List<String> wrong = new ArrayList<>();

		final Set<String> unclassified = new TreeSet<>();

		int requests;

		int withForeignIds;

		int reads;

		Walk(OwnersData ana) {
			this.ana = ana;
		}

		void route(Attacker attacker, Route route) {
			List<String> variables = route.variables();
			boolean namesIds = variables.stream().anyMatch((name) -> !NOT_IDS.containsKey(name));
			if (namesIds) {
				for (Map<String, String> values : combinations(variables, attacker)) {
					Body body = this.bodies.getOrDefault(route.key(), (ana) -> List.of())
						.apply(this.ana)
						.stream()
						.findFirst()
						.orElse(route.isApi() ? json(Map.of()) : form());
					String path = fill(route.pattern(), values);
					boolean capability = variables.contains("token");
					boolean ownLink = attacker.ownLink != null && STATUS_ONLY_LINK.contains(route.key())
							&& values.values().stream().allMatch(attacker.ownLink::equals);
					Response response = call(attacker, route, path, body);
					this.withForeignIds++;
					if (!capability && !ownLink && !refused(route, response)) {
						fail(attacker, route, path, response, "answered " + response.status());
					}
					checkCanaries(attacker, route, path, response);
				}
			}
			else if (route.method().equals("GET")) {
				for (Map<String, String> values : combinations(variables, attacker)) {
					for (String path : queries(route, fill(route.pattern(), values))) {
						checkCanaries(attacker, route, path, call(attacker, route, path, null));
					}
				}
			}
			else if (this.bodies.containsKey(route.key())) {
				String path = route.pattern();
				for (Body body : this.bodies.get(route.key()).apply(this.ana)) {
					Response response = call(attacker, route, path, body);
					this.withForeignIds++;
					if (route.isApi() && (response.status() < 400 || response.status() >= 500)) {
						fail(attacker, route, path, response, "took the person's id and answered " + response.status());
					}
					checkCanaries(attacker, route, path, response);
				}
			}
			else if (!TAKE_NO_IDS.contains(route.key())) {
				this.unclassified.add(route.key());
			}
		}

		/**
		 * Each path variable over the person's ids (of its kind, where the name says).
		 */
		private List<Map<String, String>> combinations(List<String> variables, Attacker attacker) {
			List<Map<String, String>> combinations = new ArrayList<>();
			combinations.add(new LinkedHashMap<>());
			for (String variable : variables) {
				List<Map<String, String>> next = new ArrayList<>();
				for (Map<String, String> partial : combinations) {
					for (String value : valuesOf(variable)) {
						Map<String, String> more = new LinkedHashMap<>(partial);
						more.put(variable, value);
						next.add(more);
					}
				}
				combinations = next;
			}
			return combinations;
		}

		private List<String> valuesOf(String variable) {
			if (NOT_IDS.containsKey(variable)) {
				return NOT_IDS.get(variable);
			}
			return switch (variable) {
				case "token" -> this.ana.spentTokens;
				case "linkId" -> this.ana.ids("link");
				case "askId" -> this.ana.ids("ask");
				default -> this.ana.allIds();
			};
		}

		/** A GET with no query, then with each of its query parameters. */
		private List<String> queries(Route route, String path) {
			List<String> parameters = route.queryParameters();
			String known = parameters.stream()
				.filter(QUERY_VALUES::containsKey)
				.map((name) -> name + "=" + encode(QUERY_VALUES.get(name).get(0)))
				.collect(Collectors.joining("&"));
			List<String> paths = new ArrayList<>(List.of(path));
			if (!known.isEmpty()) {
				paths.add(path + "?" + known);
			}
			for (String name : parameters) {
				List<String> values = QUERY_VALUES.containsKey(name) ? QUERY_VALUES.get(name) : foreignValues();
				for (String value : values) {
					String others = parameters.stream()
						.filter((other) -> !other.equals(name) && QUERY_VALUES.containsKey(other))
						.map((other) -> other + "=" + encode(QUERY_VALUES.get(other).get(0)))
						.collect(Collectors.joining("&"));
					paths.add(path + "?" + name + "=" + encode(value) + (others.isEmpty() ? "" : "&" + others));
				}
			}
			return paths.stream().distinct().toList();
		}

		private List<String> foreignValues() {
			List<String> values = new ArrayList<>(this.ana.allIds());
			values.addAll(this.ana.cursors);
			return values;
		}

		private Response call(Attacker attacker, Route route, String path, Body body) {
			this.requests++;
			TestClient client = attacker.clientFor(route);
			return switch (route.method()) {
				case "GET" -> client.get(path);
				case "DELETE" -> (body == null || body.text().isEmpty()) ? client.delete(path)
						: client.send("DELETE", path, body.contentType(), body.text());
				default -> client.send(route.method(), path, body.contentType(), body.text());
			};
		}

		/** Refused as if it did not exist, or as someone not signed in. */
		private static boolean refused(Route route, Response response) {
			if (response.status() == 404 || response.status() == 401) {
				return true;
			}
			String location = response.header("Location");
			return !route.isApi() && response.status() == 302 && location != null && location.endsWith("/sign-in");
		}

		private void checkCanaries(Attacker attacker, Route route, String path, Response response) {
			String text = readable(attacker.clientFor(route), route, path, response);
			String found = this.ana.canaryIn(text, attacker.allowedCanaries());
			if (found != null) {
				fail(attacker, route, path, response, "showed the person's " + this.ana.canaries.get(found));
			}
		}

		private void fail(Attacker attacker, Route route, String path, Response response, String what) {
			this.reads++;
			this.wrong.add(attacker.name() + ": " + route.method() + " " + path + " " + what + ": "
					+ abbreviate(response.body()));
		}

		/**
		 * The owner's own answers: the canaries they show, so the search is known to see.
		 */
		Set<String> canariesSeenByOwner(OwnersData ana) {
			Set<String> seen = new LinkedHashSet<>();
			TestClient owner = ana.owner.client();
			for (String path : List.of("/api/v1/me/export", "/api/v1/me/tokens")) {
				String body = owner.get(path).body();
				ana.canaries.keySet().stream().filter(body::contains).forEach(seen::add);
			}
			return seen;
		}

		/**
		 * The answer as text, headers included; PDF and zip answers are fetched again as
		 * bytes and read, so a canary inside them is found too.
		 */
		private static String readable(TestClient client, Route route, String path, Response response) {
			String type = String.valueOf(response.header("Content-Type"));
			String headers = response.headers().map().toString();
			if (route.method().equals("GET") && type.startsWith("application/pdf")) {
				return headers + pdfText(client.raw(path));
			}
			if (route.method().equals("GET") && type.startsWith("application/zip")) {
				return headers + zipText(client.raw(path));
			}
			return headers + response.body();
		}

		private static String pdfText(byte[] bytes) {
			try (PDDocument document = Loader.loadPDF(bytes)) {
				return new PDFTextStripper().getText(document);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		private static String zipText(byte[] bytes) {
			StringBuilder text = new StringBuilder();
			try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
				for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
					text.append(entry.getName())
						.append('\n')
						.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return text.toString();
		}

		private static String fill(String pattern, Map<String, String> values) {
			String path = pattern;
			for (Map.Entry<String, String> value : values.entrySet()) {
				path = path.replace("{" + value.getKey() + "}", encode(value.getValue()));
			}
			return path;
		}

		private static String encode(String value) {
			return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
		}

		private static String abbreviate(String body) {
			String flat = (body == null) ? "" : body.replaceAll("\\s+", " ");
			return (flat.length() > 300) ? flat.substring(0, 300) + "…" : flat;
		}

	}

}
