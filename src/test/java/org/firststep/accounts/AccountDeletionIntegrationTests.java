package org.firststep.accounts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.firststep.support.IntegrationTest;
import org.firststep.support.Person;
import org.firststep.support.TestClient;
import org.firststep.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Deleting an account removes every row that belongs to the person: the test walks every
 * table of the database (whichever this run uses) and looks for the person's id, e-mail
 * address and the hash that keys their sign-in throttle, in every column. On SQLite, the
 * address and the name are gone from the files too, not only from the rows.
 */
class AccountDeletionIntegrationTests extends IntegrationTest {

	@Test
	void afterDeletionNoTableHoldsAnythingOfThePerson() throws Exception {
		Person person = signedUpInBrowser();
		TestClient phone = client();
		phone.postForm("/sign-in", "email", person.email(), "password", person.password());
		client().postJson("/api/v1/auth/tokens", Map.of("email", person.email(), "password", person.password()));
		client().postForm("/sign-in", "email", person.email(), "password", "a wrong guess");
		client().postForm("/reset", "email", person.email());
		person.client().postForm("/people", "type", "person", "name", "Sam", "safety", "4");
		String sam = person.client()
			.get("/people")
			.html()
			.select("a[href^=/people/]:not([href=/people/new])")
			.attr("href")
			.substring(8);
		person.client()
			.postForm("/safety-plan", "reasonsForLiving", "My garden", "peopleToAskPeople", sam, "sharedWith", sam);
		person.client().postForm("/checkins/mood", "mood", "5");
		person.client().postForm("/assessments/PHQ2", "item0", "1", "item1", "0");
		person.client().postForm("/thoughts", "automaticThought", "Too much");
		person.client().postForm("/journal", "text", "A day");
		person.client().postForm("/give-and-take", "direction", "given", "personId", sam, "what", "Tea");
		person.client().postForm("/status", "status", "hardTime");
		person.client().postForm("/supporters/invitations", "scopes", "status");
		Person supporter = signedUpWithToken();
		String invitation = person.client()
			.postJson("/api/v1/invitations", Map.of("scopes", List.of("status")))
			.json()
			.get("link")
			.asString()
			.replaceAll(".*/", "");
		supporter.client().postJson("/api/v1/invitations/" + invitation + "/accept", Map.of());
		List<String> marks = List.of(person.accountId(), person.email(), throttleKey(person.email()));

		assertThat(tablesMentioning(marks)).as("the walk finds the person before deletion")
			.contains("account", "data_key", "api_token", "password_reset", "sign_in_failure", "person", "safety_plan",
					"safety_plan_share", "checkin", "assessment", "thought_record", "journal_entry", "exchange",
					"person_status", "invitation", "supporter_link")
			.anyMatch((table) -> table.equalsIgnoreCase("spring_session"));

		person.client().postForm("/settings/delete", "password", person.password());

		assertThat(tablesMentioning(marks)).isEmpty();
		assertThat(phone.get("/settings").status()).isEqualTo(302);
	}

	@Test
	void afterDeletionNoFileOfTheDataDirectoryHoldsTheAddressOrTheName() throws IOException {
		assumeFalse(TestDatabase.isPostgres(), "PostgreSQL's files belong to its server, see the README");
		String email = Person.uniqueEmail();
		String name = "Remnant " + UUID.randomUUID();
		TestClient api = client();
		assertThat(api
			.postJson("/api/v1/accounts",
					Map.of("email", email, "password", Person.PASSWORD, "displayName", name, "timeZone",
							"Europe/Madrid", "country", "ES", "locale", "en"))
			.status()).isEqualTo(201);
		api.bearer(api.postJson("/api/v1/auth/tokens", Map.of("email", email, "password", Person.PASSWORD))
			.json()
			.get("token")
			.asString());
		client().postForm("/sign-in", "email", email, "password", Person.PASSWORD);
		client().postForm("/reset", "email", email);
		api.patchJson("/api/v1/me", Map.of("displayName", name + " again"));
		assertThat(filesMentioning(email, name)).as("the search finds what is stored in the clear")
			.anyMatch((file) -> file.startsWith("firststep.db"));

		assertThat(api.deleteJson("/api/v1/me", Map.of("password", Person.PASSWORD)).status()).isEqualTo(204);

		assertThat(filesMentioning(email, name)).isEmpty();
	}

	@Test
	void afterDeletionPostgresVacuumsTheTablesThatHeldTheAddress() {
		assumeTrue(TestDatabase.isPostgres(), "SQLite has no VACUUM of a table; the test above covers its files");
		Person person = signedUpWithToken();
		long before = vacuums("account");

		assertThat(person.client().deleteJson("/api/v1/me", Map.of("password", person.password())).status())
			.isEqualTo(204);

		assertThat(vacuums("account")).isGreaterThan(before);
	}

	private long vacuums(String table) {
		return this.jdbc.sql("SELECT vacuum_count FROM pg_stat_user_tables WHERE relname = ?")
			.param(table)
			.query(Long.class)
			.single();
	}

	private static List<String> filesMentioning(String... marks) throws IOException {
		Path dataDir = TestDatabase.dataDir();
		try (Stream<Path> files = Files.walk(dataDir)) {
			List<Path> regular = files.filter(Files::isRegularFile).toList();
			assertThat(regular).as("the data directory").isNotEmpty();
			List<String> found = new ArrayList<>();
			for (Path file : regular) {
				String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
				if (Stream.of(marks).anyMatch(bytes::contains)) {
					found.add(dataDir.relativize(file).toString());
				}
			}
			return found;
		}
	}

	private List<String> tablesMentioning(List<String> marks) {
		List<String> found = new ArrayList<>();
		for (String table : tables()) {
			List<Map<String, Object>> rows = this.jdbc.sql("SELECT * FROM " + table).query().listOfRows();
			boolean mentions = rows.stream()
				.flatMap((row) -> row.values().stream())
				.map(AccountDeletionIntegrationTests::text)
				.anyMatch((value) -> marks.stream().anyMatch(value::contains));
			if (mentions) {
				found.add(table);
			}
		}
		return found;
	}

	private List<String> tables() {
		String sql = TestDatabase.isPostgres()
				? "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'"
				: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
		List<String> tables = this.jdbc.sql(sql).query(String.class).list();
		assertThat(tables).hasSizeGreaterThan(5);
		return tables;
	}

	private static String text(Object value) {
		if (value == null) {
			return "";
		}
		return (value instanceof byte[] bytes) ? new String(bytes, StandardCharsets.ISO_8859_1) : value.toString();
	}

	private static String throttleKey(String email) throws Exception {
		return "account:" + HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(email.getBytes(StandardCharsets.UTF_8)));
	}

}
