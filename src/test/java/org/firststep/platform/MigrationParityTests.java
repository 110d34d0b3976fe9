package org.firststep.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

import org.firststep.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both databases end with the same schema. A fresh SQLite file and a fresh PostgreSQL
 * schema are each migrated with their own migrations, then read back through JDBC
 * metadata and compared: tables, columns with their type family and nullability, primary
 * keys, foreign keys with their delete and update rules, unique constraints and indexes.
 * Not compared: type lengths, which SQLite does not enforce; defaults; and CHECK
 * constraints, which JDBC metadata does not report. The schema tests run in the build's
 * PostgreSQL execution, on the run's one server.
 */
class MigrationParityTests {

	/**
	 * Differences that are meant, each line as the failure prints it ({@code "sqlite: …"}
	 * or {@code "postgresql: …"}) with why. None yet: every difference is a bug in one
	 * side's migrations.
	 */
	static final Map<String, String> INTENDED = Map.of();

	private static final String SCHEMA = "migration_parity";

	@Test
	void bothDatabasesHaveMigrationsOfTheSameVersionsAndNames() throws IOException {
		assertThat(versions("sqlite")).isNotEmpty().containsExactlyElementsOf(versions("postgresql"));
	}

	@Test
	@EnabledIf("org.firststep.support.TestDatabase#isPostgres")
	void sqliteAndPostgresqlMigrateToTheSameSchema(@TempDir Path dir) throws SQLException {
		SortedSet<String> differences = differences(dir, List.of(), List.of());

		SortedSet<String> unexpected = new TreeSet<>(differences);
		unexpected.removeAll(INTENDED.keySet());
		assertThat(unexpected)
			.as("schema lines found on one database only:%n  %s%n",
					String.join(System.lineSeparator() + "  ", unexpected))
			.isEmpty();
		SortedSet<String> gone = new TreeSet<>(INTENDED.keySet());
		gone.removeAll(differences);
		assertThat(gone).as("intended differences that no longer exist (remove them from INTENDED)").isEmpty();
	}

	@Test
	@EnabledIf("org.firststep.support.TestDatabase#isPostgres")
	void reportsWhatTheTwoSidesMigrateDifferently(@TempDir Path dir) throws IOException, SQLException {
		Path sqliteOnly = Files.createDirectories(dir.resolve("sqlite"));
		Files.writeString(sqliteOnly.resolve("V1000__nickname.sql"), """
				ALTER TABLE person ADD COLUMN nickname TEXT NOT NULL DEFAULT '';
				CREATE INDEX person_nickname ON person (nickname);
				""");
		Path postgresqlOnly = Files.createDirectories(dir.resolve("postgresql"));
		Files.writeString(postgresqlOnly.resolve("V1000__nickname.sql"), """
				ALTER TABLE person ADD COLUMN nickname BYTEA;
				""");

		assertThat(differences(dir, List.of("filesystem:" + sqliteOnly), List.of("filesystem:" + postgresqlOnly)))
			.containsExactly("postgresql: person.nickname blob null", "sqlite: person index person_nickname [nickname]",
					"sqlite: person.nickname text not null");
	}

	private static List<String> versions(String vendor) throws IOException {
		try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration", vendor))) {
			return files.map((file) -> file.getFileName().toString()).sorted().toList();
		}
	}

	/**
	 * Migrates a fresh SQLite file and a fresh PostgreSQL schema, each with its own
	 * migrations and any extra locations, and gives the schema lines that only one has.
	 */
	private static SortedSet<String> differences(Path dir, List<String> sqliteExtra, List<String> postgresqlExtra)
			throws SQLException {
		SortedSet<String> sqlite = sqliteSchema(dir.resolve("parity.db"), sqliteExtra);
		SortedSet<String> postgresql = postgresqlSchema(postgresqlExtra);
		assertThat(sqlite).as("the SQLite schema").isNotEmpty();
		SortedSet<String> differences = new TreeSet<>();
		sqlite.stream()
			.filter((line) -> !postgresql.contains(line))
			.forEach((line) -> differences.add("sqlite: " + line));
		postgresql.stream()
			.filter((line) -> !sqlite.contains(line))
			.forEach((line) -> differences.add("postgresql: " + line));
		return differences;
	}

	static SortedSet<String> sqliteSchema(Path file, List<String> extra) throws SQLException {
		String url = "jdbc:sqlite:" + file + "?foreign_keys=true";
		migrate(url, "sqlite", null, extra);
		try (Connection connection = DriverManager.getConnection(url)) {
			return describe(connection.getMetaData(), null, MigrationParityTests::sqliteFamily);
		}
	}

	private static SortedSet<String> postgresqlSchema(List<String> extra) throws SQLException {
		String url = TestDatabase.postgresUrl();
		try (Connection connection = DriverManager.getConnection(url)) {
			connection.createStatement().execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
			try {
				migrate(url, "postgresql", SCHEMA, extra);
				return describe(connection.getMetaData(), SCHEMA, MigrationParityTests::postgresqlFamily);
			}
			finally {
				// The app's own tests share this database and its dumps.
				connection.createStatement().execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
			}
		}
	}

	private static void migrate(String url, String vendor, String schema, List<String> extra) {
		List<String> locations = new ArrayList<>(List.of("classpath:db/migration/" + vendor));
		locations.addAll(extra);
		var configuration = Flyway.configure().dataSource(url, null, null).locations(locations.toArray(String[]::new));
		if (schema != null) {
			configuration.schemas(schema);
		}
		configuration.load().migrate();
	}

	/**
	 * The schema as sorted lines, one fact each, with names in lower case (PostgreSQL
	 * folds unquoted names; SQLite keeps them as written).
	 */
	private static SortedSet<String> describe(DatabaseMetaData meta, String schema, Function<String, String> family)
			throws SQLException {
		SortedSet<String> lines = new TreeSet<>();
		for (String table : tables(meta, schema)) {
			String name = table.toLowerCase(Locale.ROOT);
			try (ResultSet columns = meta.getColumns(null, schema, table, "%")) {
				while (columns.next()) {
					lines.add(name + "." + columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT) + " "
							+ family.apply(columns.getString("TYPE_NAME")) + " "
							+ ("NO".equals(columns.getString("IS_NULLABLE")) ? "not null" : "null"));
				}
			}
			List<String> primaryKey = primaryKey(meta, schema, table);
			if (!primaryKey.isEmpty()) {
				lines.add(name + " primary key " + primaryKey);
			}
			lines.addAll(foreignKeys(meta, schema, table));
			lines.addAll(indexes(meta, schema, table, primaryKey));
		}
		return lines;
	}

	private static List<String> tables(DatabaseMetaData meta, String schema) throws SQLException {
		List<String> tables = new ArrayList<>();
		try (ResultSet rows = meta.getTables(null, schema, "%", new String[] { "TABLE" })) {
			while (rows.next()) {
				String table = rows.getString("TABLE_NAME");
				if (!table.equalsIgnoreCase("flyway_schema_history") && !table.startsWith("sqlite_")) {
					tables.add(table);
				}
			}
		}
		return tables;
	}

	private static List<String> primaryKey(DatabaseMetaData meta, String schema, String table) throws SQLException {
		SortedMap<Integer, String> columns = new TreeMap<>();
		try (ResultSet rows = meta.getPrimaryKeys(null, schema, table)) {
			while (rows.next()) {
				columns.put(rows.getInt("KEY_SEQ"), rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
			}
		}
		return new ArrayList<>(columns.values());
	}

	/**
	 * One line per column of a foreign key: what it refers to, its place in a key of
	 * several columns, and what a delete or update there does. (SQLite leaves keys
	 * declared inline unnamed, so the columns cannot be grouped by key name.)
	 */
	private static List<String> foreignKeys(DatabaseMetaData meta, String schema, String table) throws SQLException {
		List<String> lines = new ArrayList<>();
		try (ResultSet rows = meta.getImportedKeys(null, schema, table)) {
			while (rows.next()) {
				String column = table + "." + rows.getString("FKCOLUMN_NAME");
				String references = rows.getString("PKTABLE_NAME") + "." + rows.getString("PKCOLUMN_NAME");
				int position = rows.getInt("KEY_SEQ");
				lines.add((column + " references " + references).toLowerCase(Locale.ROOT)
						+ ((position > 1) ? " (key column " + position + ")" : "") + " on delete "
						+ rule(rows.getShort("DELETE_RULE")) + " on update " + rule(rows.getShort("UPDATE_RULE")));
			}
		}
		return lines;
	}

	private static String rule(short rule) {
		return switch (rule) {
			case DatabaseMetaData.importedKeyCascade -> "cascade";
			case DatabaseMetaData.importedKeyRestrict -> "restrict";
			case DatabaseMetaData.importedKeySetNull -> "set null";
			case DatabaseMetaData.importedKeySetDefault -> "set default";
			default -> "no action";
		};
	}

	/**
	 * One line per index other than the primary key's: unique or not, its columns in
	 * order, and its name unless the database made one up for a {@code UNIQUE} constraint
	 * ({@code sqlite_autoindex_…} on SQLite, {@code table_columns_key} on PostgreSQL).
	 */
	private static List<String> indexes(DatabaseMetaData meta, String schema, String table, List<String> primaryKey)
			throws SQLException {
		Map<String, SortedMap<Integer, String>> columns = new TreeMap<>();
		Map<String, Boolean> unique = new TreeMap<>();
		try (ResultSet rows = meta.getIndexInfo(null, schema, table, false, true)) {
			while (rows.next()) {
				String index = rows.getString("INDEX_NAME");
				if (index == null || rows.getShort("TYPE") == DatabaseMetaData.tableIndexStatistic) {
					continue;
				}
				String column = rows.getString("COLUMN_NAME");
				columns.computeIfAbsent(index, (k) -> new TreeMap<>())
					.put(rows.getInt("ORDINAL_POSITION"),
							(column != null) ? column.toLowerCase(Locale.ROOT) : "(expression)");
				unique.put(index, !rows.getBoolean("NON_UNIQUE"));
			}
		}
		String name = table.toLowerCase(Locale.ROOT);
		List<String> lines = new ArrayList<>();
		columns.forEach((index, byPosition) -> {
			List<String> indexed = new ArrayList<>(byPosition.values());
			boolean isUnique = unique.get(index);
			if (isUnique && indexed.equals(primaryKey)) {
				return;
			}
			String lower = index.toLowerCase(Locale.ROOT);
			boolean generated = lower.startsWith("sqlite_autoindex_")
					|| lower.equals(name + "_" + String.join("_", indexed) + "_key");
			lines.add(name + (isUnique ? " unique" : " index") + (generated ? "" : " " + lower) + " " + indexed);
		});
		return lines;
	}

	/**
	 * SQLite's type affinity, by its rules on the declared type
	 * (https://sqlite.org/datatype3.html, 3.1), with booleans and times named as
	 * declared.
	 */
	private static String sqliteFamily(String declared) {
		String type = (declared != null) ? declared.toUpperCase(Locale.ROOT) : "";
		if (type.contains("INT")) {
			return "integer";
		}
		if (type.contains("CHAR") || type.contains("CLOB") || type.contains("TEXT")) {
			return "text";
		}
		if (type.isEmpty() || type.contains("BLOB")) {
			return "blob";
		}
		if (type.contains("REAL") || type.contains("FLOA") || type.contains("DOUB")) {
			return "real";
		}
		if (type.startsWith("BOOL")) {
			return "boolean";
		}
		if (type.contains("DATE") || type.contains("TIME")) {
			return "timestamp";
		}
		return "numeric";
	}

	private static String postgresqlFamily(String type) {
		return switch (type) {
			case "int2", "int4", "int8", "serial", "bigserial", "smallserial" -> "integer";
			case "text", "varchar", "bpchar" -> "text";
			case "bytea" -> "blob";
			case "float4", "float8" -> "real";
			case "numeric" -> "numeric";
			case "bool" -> "boolean";
			case "timestamp", "timestamptz", "date" -> "timestamp";
			default -> throw new IllegalStateException("No type family for the PostgreSQL type " + type);
		};
	}

}
