package org.firststep.platform.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import org.firststep.platform.security.SecretTokens;
import org.firststep.support.IntegrationTest;
import org.firststep.support.Person;
import org.firststep.support.Response;
import org.firststep.support.TestClient;
import org.firststep.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A POST sent again with its Idempotency-Key gets the first answer and stores nothing
 * new: for every POST of the API that creates something (a new one fails this test until
 * it is listed), for the pages' own form posts, for two sent at once. A different request
 * with the same key is refused with 422; keys are per account and last 24 hours; the
 * answer kept is sealed, goes with the account, and is written in the same transaction as
 * what the request stored.
 */
class IdempotencyIntegrationTests extends IntegrationTest {

	private static final String KEY = "Idempotency-Key";

	/**
	 * POSTs under /api/v1 that create nothing (checks, state changes such as reading a
	 * notification or a new calendar address in place of the old one, answers, confirming
	 * a sign-up, which a second time finds it confirmed, adding a supporter to one's
	 * people, which a second time finds them there; a supporter saying they checked in,
	 * which a second time tells the person again and stores nothing of its own), or that
	 * are signed out and so have no account to keep a key for: signing up (a second try
	 * with the same address is refused, nothing is stored twice) and getting a token (a
	 * token nobody received is never used and expires).
	 */
	private static final Set<String> NOT_KEYED_CREATIONS = Set.of("POST /api/v1/safety/check", "POST /api/v1/coach",
			"POST /api/v1/asks/clarity", "POST /api/v1/asks/{id}/sent", "POST /api/v1/asks/{id}/cancel",
			"POST /api/v1/asks/{id}/outcome", "POST /api/v1/offers/{id}/accept", "POST /api/v1/offers/{id}/decline",
			"POST /api/v1/supporting/{linkId}/asks/{askId}/answer", "POST /api/v1/supporters/{id}/person",
			"POST /api/v1/me/password", "POST /api/v1/auth/recover", "POST /api/v1/accounts",
			"POST /api/v1/accounts/confirm", "POST /api/v1/auth/tokens", "POST /api/v1/notifications/{id}/read",
			"POST /api/v1/reminders/unsubscribe", "POST /api/v1/calendar/rotate",
			"POST /api/v1/supporting/{linkId}/checked-in");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	StoredReplies replies;

	/** Each creating POST of the API, with what it needs first and where its rows go. */
	private Map<String, Function<Person, Call>> creations() {
		Map<String, Function<Person, Call>> creations = new LinkedHashMap<>();
		creations.put("POST /api/v1/people", (me) -> new Call(me, "/api/v1/people", Map.of("name", "Ana", "safety", 4),
				"SELECT COUNT(*) FROM person WHERE account_id = ?", me.accountId()));
		creations.put("POST /api/v1/asks",
				(me) -> new Call(
						me, "/api/v1/asks", Map.of("personId", person(me), "need", "listening", "size", "tiny",
								"message", "Tea on Sunday?"),
						"SELECT COUNT(*) FROM ask WHERE account_id = ?", me.accountId()));
		creations.put("POST /api/v1/journal",
				(me) -> new Call(me, "/api/v1/journal", Map.of("text", "A slow Sunday", "mood", 4),
						"SELECT COUNT(*) FROM journal_entry WHERE account_id = ?", me.accountId()));
		creations.put("POST /api/v1/checkins",
				(me) -> new Call(me, "/api/v1/checkins", Map.of("date", "2026-01-02", "mood", 5, "note", "Quiet"),
						"SELECT COUNT(*) FROM checkin WHERE account_id = ?", me.accountId()));
		creations.put("POST /api/v1/assessments",
				(me) -> new Call(me, "/api/v1/assessments", Map.of("instrument", "PHQ2", "answers", List.of(1, 1)),
						"SELECT COUNT(*) FROM assessment WHERE account_id = ?", me.accountId()));
		creations.put("POST /api/v1/thought-records",
				(me) -> new Call(me, "/api/v1/thought-records", Map.of("automaticThought", "They'll say no"),
						"SELECT COUNT(*) FROM thought_record WHERE account_id = ?", me.accountId()));
		creations.put("POST /api/v1/exchanges",
				(me) -> new Call(me, "/api/v1/exchanges",
						Map.of("direction", "given", "personId", person(me), "what", "Soup"),
						"SELECT COUNT(*) FROM exchange WHERE account_id = ?", me.accountId()));
		creations.put("POST /api/v1/invitations",
				(me) -> new Call(me, "/api/v1/invitations", Map.of("scopes", List.of("status")),
						"SELECT COUNT(*) FROM invitation WHERE account_id = ?", me.accountId()));
		creations.put("POST /api/v1/invitations/{token}/accept", (me) -> {
			String token = invitationFrom(signedUpWithToken(), "status");
			return new Call(me, "/api/v1/invitations/" + token + "/accept", Map.of(),
					"SELECT COUNT(*) FROM supporter_link WHERE supporter_account_id = ?", me.accountId());
		});
		creations.put("POST /api/v1/supporting/{linkId}/offers", (me) -> {
			String token = invitationFrom(signedUpWithToken(), "offers");
			String linkId = me.client()
				.postJson("/api/v1/invitations/" + token + "/accept", Map.of())
				.json()
				.get("linkId")
				.asString();
			return new Call(me, "/api/v1/supporting/" + linkId + "/offers",
					Map.of("what", "Bring soup", "when", "Thursday at 7"),
					"SELECT COUNT(*) FROM shared_item WHERE kind = 'offer' AND link_id = ?", linkId);
		});
		creations.put("POST /api/v1/me/import", (me) -> {
			Person earlier = signedUpWithToken();
			earlier.client().postJson("/api/v1/journal", Map.of("text", "Brought along"));
			String export = earlier.client().get("/api/v1/me/export").body();
			// Ids travel with the export, so the entry moves: from an account that is
			// gone.
			earlier.client().deleteJson("/api/v1/me", Map.of("password", earlier.password()));
			return new Call(me, "/api/v1/me/import", export, "SELECT COUNT(*) FROM journal_entry WHERE account_id = ?",
					me.accountId());
		});
		return creations;
	}

	@Test
	void everyCreatingPostOfTheApiAnswersARetryWithItsFirstAnswerAndStoresNothingNew() {
		SoftAssertions softly = new SoftAssertions();
		creations().forEach((route, setup) -> {
			Call call = setup.apply(signedUpWithToken());
			call.client().header(KEY, UUID.randomUUID().toString());
			Response first = call.post();
			int rows = rows(call);
			Response again = call.post();
			call.client().withoutHeader(KEY);
			softly.assertThat(first.status()).as("%s answers", route).isBetween(200, 299);
			softly.assertThat(rows).as("%s stores", route).isPositive();
			softly.assertThat(first.header(StoredReply.REPLAYED)).as("%s the first time", route).isNull();
			softly.assertThat(again.status()).as("%s again", route).isEqualTo(first.status());
			softly.assertThat(again.body()).as("%s again", route).isEqualTo(first.body());
			softly.assertThat(again.header("Location")).as("%s again", route).isEqualTo(first.header("Location"));
			softly.assertThat(again.header("Content-Type"))
				.as("%s again", route)
				.isEqualTo(first.header("Content-Type"));
			softly.assertThat(again.header(StoredReply.REPLAYED)).as("%s again", route).isEqualTo("true");
			softly.assertThat(rows(call)).as("%s stores nothing new", route).isEqualTo(rows);
		});
		softly.assertAll();
	}

	@Test
	void everyPostOfTheApiIsListedAsCreatingOrNot() {
		Set<String> listed = new HashSet<>(creations().keySet());
		listed.addAll(NOT_KEYED_CREATIONS);
		assertThat(routes().stream().filter((route) -> route.startsWith("POST /api/")).toList())
			.as("a new POST under /api/v1 must be listed here, with a test of its retry if it creates something")
			.containsExactlyInAnyOrderElementsOf(listed);
	}

	@Test
	void theApiDescriptionNamesTheKeyOnEveryPost() {
		var paths = client().get("/api/v1/openapi.json").json().get("paths");
		List<String> without = new ArrayList<>();
		for (String path : paths.propertyNames()) {
			var post = paths.get(path).get("post");
			if (post != null && (post.get("parameters") == null || post.get("parameters")
				.valueStream()
				.noneMatch((parameter) -> KEY.equals(parameter.get("name").asString())
						&& "header".equals(parameter.get("in").asString())))) {
				without.add(path);
			}
		}
		assertThat(paths.get("/api/v1/journal").has("post")).isTrue();
		assertThat(without).isEmpty();
	}

	@Test
	void everySignedInPostReadsTheKeyBeforeAnythingElse() {
		Person me = signedUpInBrowser();
		me.client().header(KEY, "k".repeat(256));
		List<String> posts = routes().stream().filter((route) -> route.startsWith("POST ")).toList();
		assertThat(posts).hasSizeGreaterThan(40);
		List<String> wrong = new ArrayList<>();
		for (String route : posts) {
			String path = route.substring("POST ".length()).replaceAll("\\{[^}]+\\}", UUID.randomUUID().toString());
			boolean api = path.startsWith("/api/");
			Response response = me.client()
				.send("POST", path, api ? "application/json" : "application/x-www-form-urlencoded", api ? "{}" : "");
			boolean refused = response.status() == 400
					&& (!api || KEY.equals(response.json().get("errors").get(0).get("field").asString()));
			if (!refused) {
				wrong.add(route + " answered " + response.status());
			}
		}
		me.client().withoutHeader(KEY);
		assertThat(wrong).as("signed-in POSTs that did not check the Idempotency-Key").isEmpty();
		assertThat(me.client().get("/api/v1/me").status()).as("still signed in").isEqualTo(200);
	}

	@Test
	void aKeyThatIsNotOneTo255PlainCharactersIsRefusedInThePersonsLanguage() {
		Person me = signedUpWithToken();
		for (String bad : List.of("k".repeat(256), "\"\"", "\"unfinished\\\"")) {
			Response refused = me.client().header(KEY, bad).postJson("/api/v1/journal", Map.of("text", "Hello"));
			assertThat(refused.status()).as(bad).isEqualTo(400);
			assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
			assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo(KEY);
			assertThat(refused.json().get("errors").get(0).get("message").asString()).contains("255");
		}
		Response spanish = me.client()
			.language("es")
			.header(KEY, "k".repeat(256))
			.postJson("/api/v1/journal", Map.of("text", "Hola"));
		assertThat(spanish.json().get("errors").get(0).get("message").asString()).contains("caracteres");
		me.client().language("en");
		assertThat(journalRows(me)).isZero();

		// The draft's quoted form and the bare key are one key.
		Response quoted = me.client().header(KEY, "\"same key\"").postJson("/api/v1/journal", Map.of("text", "Hi"));
		Response bare = me.client().header(KEY, "same key").postJson("/api/v1/journal", Map.of("text", "Hi"));
		assertThat(quoted.status()).isEqualTo(201);
		assertThat(bare.body()).isEqualTo(quoted.body());
		assertThat(journalRows(me)).isEqualTo(1);
	}

	@Test
	void aDifferentRequestWithTheSameKeyIsRefusedAndStoresNothing() {
		Person me = signedUpWithToken();
		String key = UUID.randomUUID().toString();
		me.client().header(KEY, key);
		assertThat(me.client().postJson("/api/v1/journal", Map.of("text", "First words")).status()).isEqualTo(201);
		Response otherBody = me.client().postJson("/api/v1/journal", Map.of("text", "Other words"));
		Response otherPath = me.client().postJson("/api/v1/thought-records", Map.of("automaticThought", "First words"));
		Response spanish = me.client().language("es").postJson("/api/v1/journal", Map.of("text", "Otras palabras"));
		assertThat(otherBody.status()).isEqualTo(422);
		assertThat(otherBody.header("Content-Type")).startsWith("application/problem+json");
		assertThat(otherBody.json().get("title").asString()).isEqualTo("That key was used for something else");
		assertThat(otherPath.status()).isEqualTo(422);
		assertThat(spanish.status()).isEqualTo(422);
		assertThat(spanish.json().get("title").asString()).isEqualTo("Esa clave se usó para otra cosa");
		assertThat(journalRows(me)).isEqualTo(1);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM thought_record WHERE account_id = ?")
			.param(me.accountId())
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void anotherAccountsSameKeyIsItsOwn() {
		Person ana = signedUpWithToken();
		Person sam = signedUpWithToken();
		String key = UUID.randomUUID().toString();
		Response hers = ana.client().header(KEY, key).postJson("/api/v1/journal", Map.of("text", "Same words"));
		Response his = sam.client().header(KEY, key).postJson("/api/v1/journal", Map.of("text", "Same words"));
		assertThat(hers.status()).isEqualTo(201);
		assertThat(his.status()).isEqualTo(201);
		assertThat(his.header(StoredReply.REPLAYED)).isNull();
		assertThat(his.json().get("id").asString()).isNotEqualTo(hers.json().get("id").asString());
		assertThat(journalRows(ana)).isEqualTo(1);
		assertThat(journalRows(sam)).isEqualTo(1);
	}

	@Test
	void twoRequestsAtOnceWithOneKeyStoreOneEntryAndGetTheSameAnswer() throws Exception {
		Person me = signedUpWithToken();
		me.client().header(KEY, UUID.randomUUID().toString());
		int writers = 8;
		ExecutorService threads = Executors.newFixedThreadPool(writers);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Response>> answers = new ArrayList<>();
		for (int i = 0; i < writers; i++) {
			Callable<Response> post = () -> {
				start.await();
				return me.client().postJson("/api/v1/journal", Map.of("text", "Sent from a shaky train"));
			};
			answers.add(threads.submit(post));
		}
		start.countDown();
		Set<String> bodies = new HashSet<>();
		for (Future<Response> answer : answers) {
			Response response = answer.get();
			assertThat(response.status()).isEqualTo(201);
			bodies.add(response.body());
		}
		threads.shutdown();
		assertThat(bodies).as("one answer for all").hasSize(1);
		assertThat(journalRows(me)).isEqualTo(1);
	}

	@Test
	void aKeyIsKeptForADayAndThenForgotten() {
		Person me = signedUpWithToken();
		me.client().header(KEY, UUID.randomUUID().toString());
		Response first = me.client().postJson("/api/v1/journal", Map.of("text", "Yesterday's words"));
		// Rows carry the app clock's time; moving a row back is the clock moving on.
		moveKeysBack(me, 23 * 3600);
		Response nextDay = me.client().postJson("/api/v1/journal", Map.of("text", "Yesterday's words"));
		assertThat(nextDay.body()).isEqualTo(first.body());
		assertThat(journalRows(me)).isEqualTo(1);

		moveKeysBack(me, 3600);
		Response dayAfter = me.client().postJson("/api/v1/journal", Map.of("text", "Yesterday's words"));
		assertThat(dayAfter.status()).isEqualTo(201);
		assertThat(dayAfter.header(StoredReply.REPLAYED)).isNull();
		assertThat(journalRows(me)).as("after 24 hours the key is new again").isEqualTo(2);

		me.client().header(KEY, UUID.randomUUID().toString()).postJson("/api/v1/journal", Map.of("text", "Today"));
		moveKeysBack(me, 24 * 3600);
		assertThat(keyRows(me)).isEqualTo(2);
		assertThat(this.replies.forgetExpired()).isGreaterThanOrEqualTo(2);
		assertThat(keyRows(me)).as("the hourly clean-up removes what is older than a day").isZero();
	}

	@Test
	void aRequestThatFailsKeepsNoAnswerSoItsKeyCanBeUsedOnceItIsRight() {
		Person me = signedUpWithToken();
		me.client().header(KEY, UUID.randomUUID().toString());
		assertThat(me.client().postJson("/api/v1/journal", Map.of("text", "")).status()).isEqualTo(400);
		assertThat(keyRows(me)).isZero();
		Response fixed = me.client().postJson("/api/v1/journal", Map.of("text", "Now with words"));
		assertThat(fixed.status()).isEqualTo(201);
		assertThat(journalRows(me)).isEqualTo(1);
	}

	@Test
	void whatARequestStoresAndItsKeyAreOneTransactionSoNeitherOutlivesTheOther() {
		Person me = signedUpWithToken();
		String key = UUID.randomUUID().toString();
		// The database itself refuses to keep this key's answer, as a crash at that
		// moment
		// would leave it unwritten.
		refuseToKeep(SecretTokens.hash(key));
		try {
			Response failed = me.client().header(KEY, key).postJson("/api/v1/journal", Map.of("text", "Lost?"));
			assertThat(failed.status()).isEqualTo(500);
			assertThat(journalRows(me)).as("the entry went with its key").isZero();
		}
		finally {
			allowKeeping();
		}
		Response retried = me.client().postJson("/api/v1/journal", Map.of("text", "Lost?"));
		assertThat(retried.status()).isEqualTo(201);
		assertThat(journalRows(me)).isEqualTo(1);
	}

	@Test
	void theKeptAnswerIsSealedAndOpensOnlyForItsOwnKey() {
		Person me = signedUpWithToken();
		String canary = "canary-" + UUID.randomUUID();
		String key = UUID.randomUUID().toString();
		me.client().header(KEY, key).postJson("/api/v1/journal", Map.of("text", canary));
		byte[] sealed = this.jdbc.sql("SELECT reply_sealed FROM idempotency_key WHERE account_id = ?")
			.param(me.accountId())
			.query((row, n) -> row.getBytes(1))
			.single();
		assertThat(sealed[0]).isEqualTo((byte) 1);
		assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain(canary);

		// Moved under another key, it does not open there: that key's request runs anew.
		String other = UUID.randomUUID().toString();
		this.jdbc.sql("UPDATE idempotency_key SET key_hash = ? WHERE account_id = ?")
			.params(SecretTokens.hash(other), me.accountId())
			.update();
		Response moved = me.client().header(KEY, other).postJson("/api/v1/journal", Map.of("text", canary));
		assertThat(moved.status()).isEqualTo(201);
		assertThat(moved.header(StoredReply.REPLAYED)).isNull();
		assertThat(journalRows(me)).isEqualTo(2);
	}

	@Test
	void deletingTheAccountDeletesItsKeys() {
		Person me = signedUpWithToken();
		me.client().header(KEY, UUID.randomUUID().toString()).postJson("/api/v1/journal", Map.of("text", "Hello"));
		assertThat(keyRows(me)).isEqualTo(1);
		me.client().withoutHeader(KEY);
		assertThat(me.client().deleteJson("/api/v1/me", Map.of("password", me.password())).status()).isEqualTo(204);
		assertThat(keyRows(me)).isZero();
	}

	@Test
	void aPageFormSentAgainWithItsKeyIsSavedOnceAndAnsweredWithTheSamePage() {
		Person me = signedUpInBrowser();
		String key = UUID.randomUUID().toString();
		Response first = me.client().postForm("/journal", "text", "From the page", "idempotencyKey", key);
		Response again = me.client().postForm("/journal", "text", "From the page", "idempotencyKey", key);
		Response byHeader = me.client().header(KEY, key).postForm("/journal", "text", "From the page");
		me.client().withoutHeader(KEY);
		assertThat(first.status()).isEqualTo(302);
		assertThat(again.status()).isEqualTo(302);
		assertThat(again.header("Location")).isEqualTo(first.header("Location"));
		assertThat(again.header(StoredReply.REPLAYED)).isEqualTo("true");
		assertThat(byHeader.header(StoredReply.REPLAYED)).as("the page script sends both").isEqualTo("true");
		assertThat(me.client().follow(again).html().select(".entry")).hasSize(1);
		assertThat(journalRows(me)).isEqualTo(1);
	}

	/**
	 * What cannot run inside the key's transaction still happens: the other sessions end
	 * (on SQLite a second connection would wait for the first's write lock), and after a
	 * deletion the files are cleared once the transaction is over (a checkpoint, a
	 * VACUUM).
	 */
	@Test
	void aPasswordChangeAndADeletionWithAKeyEndSessionsAndClearTheirTraces() throws Exception {
		Person me = signedUpInBrowser();
		TestClient phone = client();
		phone.postForm("/sign-in", "email", me.email(), "password", me.password());
		assertThat(phone.get("/api/v1/me").status()).isEqualTo(200);
		Response changed = me.client()
			.header(KEY, UUID.randomUUID().toString())
			.postForm("/settings/password", "currentPassword", me.password(), "newPassword",
					"a new walk along the canal");
		me.client().withoutHeader(KEY);
		assertThat(changed.status()).isEqualTo(302);
		assertThat(phone.get("/api/v1/me").status()).as("the other session ended").isEqualTo(401);
		assertThat(me.client().get("/api/v1/me").status()).isEqualTo(200);

		long vacuums = TestDatabase.isPostgres() ? vacuums("account") : 0;
		Response deleted = me.client()
			.header(KEY, UUID.randomUUID().toString())
			.postForm("/settings/delete", "password", "a new walk along the canal");
		assertThat(deleted.status()).isEqualTo(302);
		if (TestDatabase.isPostgres()) {
			assertThat(vacuums("account")).isGreaterThan(vacuums);
		}
		else {
			assertThat(filesMentioning(me.email())).isEmpty();
		}
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM account WHERE id = ?")
			.param(me.accountId())
			.query(Integer.class)
			.single()).isZero();
		assertThat(keyRows(me)).isZero();
	}

	private long vacuums(String table) {
		return this.jdbc.sql("SELECT vacuum_count FROM pg_stat_user_tables WHERE relname = ?")
			.param(table)
			.query(Long.class)
			.single();
	}

	private static List<String> filesMentioning(String mark) throws IOException {
		try (Stream<Path> files = Files.walk(TestDatabase.dataDir())) {
			List<String> found = new ArrayList<>();
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				if (new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(mark)) {
					found.add(file.getFileName().toString());
				}
			}
			return found;
		}
	}

	private List<String> routes() {
		List<String> routes = new ArrayList<>();
		this.mappings.getHandlerMethods().forEach((info, handler) -> {
			for (RequestMethod method : info.getMethodsCondition().getMethods()) {
				info.getPatternValues().forEach((pattern) -> routes.add(method.name() + " " + pattern));
			}
		});
		return routes.stream().distinct().sorted().toList();
	}

	private String person(Person me) {
		return me.client().postJson("/api/v1/people", Map.of("name", "Sam", "safety", 5)).json().get("id").asString();
	}

	private static String invitationFrom(Person inviting, String scope) {
		String link = inviting.client()
			.postJson("/api/v1/invitations", Map.of("scopes", List.of(scope)))
			.json()
			.get("link")
			.asString();
		return link.substring(link.lastIndexOf('/') + 1);
	}

	private int rows(Call call) {
		return this.jdbc.sql(call.countSql()).param(call.countParam()).query(Integer.class).single();
	}

	private int journalRows(Person me) {
		return this.jdbc.sql("SELECT COUNT(*) FROM journal_entry WHERE account_id = ?")
			.param(me.accountId())
			.query(Integer.class)
			.single();
	}

	private int keyRows(Person me) {
		return this.jdbc.sql("SELECT COUNT(*) FROM idempotency_key WHERE account_id = ?")
			.param(me.accountId())
			.query(Integer.class)
			.single();
	}

	private void moveKeysBack(Person me, long seconds) {
		this.jdbc.sql("UPDATE idempotency_key SET created_at = created_at - ? WHERE account_id = ?")
			.params(seconds * 1000, me.accountId())
			.update();
	}

	private void refuseToKeep(String keyHash) {
		if (TestDatabase.isPostgres()) {
			this.jdbc
				.sql("CREATE FUNCTION test_refuse_key() RETURNS trigger AS $$ BEGIN IF NEW.key_hash = '" + keyHash
						+ "' THEN RAISE EXCEPTION 'refused by the test'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql")
				.update();
			this.jdbc
				.sql("CREATE TRIGGER test_refuse_key BEFORE UPDATE ON idempotency_key FOR EACH ROW"
						+ " EXECUTE FUNCTION test_refuse_key()")
				.update();
		}
		else {
			this.jdbc
				.sql("CREATE TRIGGER test_refuse_key BEFORE UPDATE ON idempotency_key WHEN NEW.key_hash = '" + keyHash
						+ "' BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")
				.update();
		}
	}

	private void allowKeeping() {
		this.jdbc.sql("DROP TRIGGER test_refuse_key" + (TestDatabase.isPostgres() ? " ON idempotency_key" : ""))
			.update();
		if (TestDatabase.isPostgres()) {
			this.jdbc.sql("DROP FUNCTION test_refuse_key()").update();
		}
	}

	/** One creating POST, ready to send, and how to count what it stored. */
	private record Call(Person me, String path, Object body, String countSql, String countParam) {

		TestClient client() {
			return this.me.client();
		}

		Response post() {
			return client().postJson(this.path, this.body);
		}

	}

}
