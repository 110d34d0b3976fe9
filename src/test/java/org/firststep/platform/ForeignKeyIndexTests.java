package org.firststep.platform;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deleting a row makes the database find every row that refers to it: without an index
 * that starts with the referring column, that is a scan of the whole referring table for
 * each row deleted. At 100,000 people, deleting one account took 40 s this way. Both
 * databases have the same indexes ({@link MigrationParityTests}), so the SQLite schema
 * stands for both.
 */
class ForeignKeyIndexTests {

	private static final Pattern FOREIGN_KEY = Pattern.compile("(\\w+)\\.(\\w+) references .*");

	private static final Pattern INDEX = Pattern
		.compile("(\\w+) (?:index \\w+|unique(?: \\w+)?|primary key) \\[(\\w+).*");

	@Test
	void everyReferringColumnLeadsAnIndex(@TempDir Path dir) throws SQLException {
		assertThat(unindexedForeignKeys(MigrationParityTests.sqliteSchema(dir.resolve("keys.db"), List.of())))
			.as("foreign keys with no index that starts with their column")
			.isEmpty();
	}

	@Test
	void findsAReferringColumnThatLeadsNoIndex() {
		SortedSet<String> schema = new java.util.TreeSet<>(Set.of("ask primary key [id]",
				"ask index ask_account [account_id, created_at]",
				"ask.account_id references account.id on delete cascade on update no action",
				"ask.person_id references person.id on delete set null on update no action",
				"note.ask_id references ask.id on delete cascade on update no action", "note primary key [ask_id]"));
		assertThat(unindexedForeignKeys(schema)).containsExactly("ask.person_id");
	}

	static List<String> unindexedForeignKeys(SortedSet<String> schema) {
		Set<String> leading = schema.stream()
			.map(INDEX::matcher)
			.filter(Matcher::matches)
			.map((index) -> index.group(1) + "." + index.group(2))
			.collect(java.util.stream.Collectors.toSet());
		return schema.stream()
			.filter((line) -> !line.contains("(key column"))
			.map(FOREIGN_KEY::matcher)
			.filter(Matcher::matches)
			.map((key) -> key.group(1) + "." + key.group(2))
			.filter((column) -> !leading.contains(column))
			.distinct()
			.toList();
	}

}
