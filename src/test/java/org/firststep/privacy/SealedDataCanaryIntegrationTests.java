package org.firststep.privacy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.firststep.support.IntegrationTest;
import org.firststep.support.Person;
import org.firststep.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A unique string written into every sealed text field never reaches the database in the
 * clear: not the SQLite file, not its write-ahead log, not a {@code pg_dump}. It is in
 * the person's export. Every sealed column, text or number, holds only sealed bytes.
 */
class SealedDataCanaryIntegrationTests extends IntegrationTest {

	@Test
	void privateWritingNeverReachesTheDatabaseInTheClear() throws IOException {
		String canary = "canary-" + UUID.randomUUID();
		Person me = signedUpWithToken();
		String personId = me.client()
			.postJson("/api/v1/people",
					Map.of("name", canary + " name", "relation", canary + " relation", "channels",
							List.of(Map.of("kind", "other", "value", canary + " channel")), "goodFor",
							List.of("listening"), "safety", 4, "notes", canary + " notes"))
			.json()
			.get("id")
			.asString();
		String askId = me.client()
			.postJson("/api/v1/asks",
					Map.of("personId", personId, "need", "listening", "size", "tiny", "message", canary + " message",
							"predictedYes", 30, "dread", 4))
			.json()
			.get("id")
			.asString();
		me.client()
			.postJson("/api/v1/asks/" + askId + "/outcome",
					Map.of("outcome", "yes", "feelingAfter", 7, "note", canary + " outcome note"));

		me.client()
			.putJson("/api/v1/safety-plan", Map.of("warningSigns", List.of(Map.of("text", canary + " plan")),
					"peopleToAsk", List.of(Map.of("personId", personId)), "sharedWith", List.of(personId)));

		me.client().postJson("/api/v1/checkins", Map.of("mood", 4, "note", canary + " checkin"));
		me.client()
			.postJson("/api/v1/thought-records", Map.of("automaticThought", canary + " thought", "askId", askId,
					"emotions", List.of(Map.of("name", canary + " feeling", "strength", 40))));
		me.client().postJson("/api/v1/journal", Map.of("text", canary + " journal", "mood", 5));
		// A POST with an Idempotency-Key keeps its answer, which repeats the text.
		me.client()
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.postJson("/api/v1/journal", Map.of("text", canary + " kept answer"));
		me.client().withoutHeader("Idempotency-Key");
		me.client()
			.postJson("/api/v1/exchanges",
					Map.of("direction", "given", "personId", personId, "what", canary + " gift"));
		me.client().postJson("/api/v1/assessments", Map.of("instrument", "PHQ2", "answers", List.of(1, 2)));

		String export = me.client().get("/api/v1/me/export").body();
		for (String field : List.of("name", "relation", "channel", "notes", "message", "outcome note", "plan",
				"checkin", "thought", "feeling", "journal", "kept answer", "gift")) {
			assertThat(export).contains(canary + " " + field);
		}
		String stored = storedBytes();
		assertThat(stored).as("what is stored in the clear is found, so the search works").contains(me.email());
		assertThat(stored).doesNotContain(canary);
		assertEverySealedColumnHoldsSealedBytes();
	}

	private String storedBytes() throws IOException {
		if (TestDatabase.isPostgres()) {
			return TestDatabase.postgresDump();
		}
		StringBuilder bytes = new StringBuilder();
		for (String file : List.of("firststep.db", "firststep.db-wal", "firststep.db-shm")) {
			Path path = TestDatabase.dataDir().resolve(file);
			if (Files.exists(path)) {
				bytes.append(new String(Files.readAllBytes(path), StandardCharsets.ISO_8859_1));
			}
		}
		assertThat(bytes).as("the database files").isNotEmpty();
		return bytes.toString();
	}

	private void assertEverySealedColumnHoldsSealedBytes() {
		String sql = TestDatabase.isPostgres()
				? "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public'"
						+ " AND column_name LIKE '%_sealed'"
				: "SELECT m.name AS table_name, p.name AS column_name FROM sqlite_master m"
						+ " JOIN pragma_table_info(m.name) p WHERE m.type = 'table' AND p.name LIKE '%_sealed'";
		List<Map<String, Object>> columns = this.jdbc.sql(sql).query().listOfRows();
		assertThat(columns).hasSizeGreaterThanOrEqualTo(9);
		for (Map<String, Object> column : columns) {
			String table = column.get("table_name").toString();
			String name = column.get("column_name").toString();
			List<byte[]> values = this.jdbc.sql("SELECT " + name + " FROM " + table + " WHERE " + name + " IS NOT NULL")
				.query((row, n) -> row.getBytes(1))
				.list();
			assertThat(values).as("%s.%s", table, name)
				.allSatisfy((value) -> assertThat(value.length).isGreaterThanOrEqualTo(1 + 12 + 16))
				.allSatisfy((value) -> assertThat(value[0]).isEqualTo((byte) 1));
		}
	}

}
