package org.firststep.platform.persistence;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.Assert;

/**
 * Clears what a deletion leaves in the database's files once its rows are gone. Called
 * after the deleting transaction committed; inside a transaction that wraps the whole
 * request, it waits for that one ({@link AfterTransaction}). Best effort: a failure is
 * logged and the deletion stands.
 */
@Component
public class Remnants {

	private static final Logger log = LoggerFactory.getLogger(Remnants.class);

	private static final Pattern TABLE = Pattern.compile("[a-z_]+");

	private final JdbcClient jdbc;

	private final Database database;

	Remnants(JdbcClient jdbc, Database database) {
		this.jdbc = jdbc;
		this.database = database;
	}

	/**
	 * On SQLite, secure_delete has already zeroed the rows in their pages, but the
	 * write-ahead log still holds the pages as they were written: a checkpoint copies the
	 * zeroed pages into the database file and truncates the log. On PostgreSQL, VACUUM
	 * removes the dead rows of the given tables and their index entries; what the server
	 * keeps beyond that is for the host, see the README.
	 * @param tables the tables that held the deleted rows in the clear (PostgreSQL)
	 */
	public void clearAfterDeletion(List<String> tables) {
		tables.forEach((table) -> Assert.isTrue(TABLE.matcher(table).matches(), "not a table name"));
		AfterTransaction.run(() -> clear(tables));
	}

	private void clear(List<String> tables) {
		try {
			if (this.database.isSqlite()) {
				checkpoint();
			}
			else if (!tables.isEmpty()) {
				this.jdbc.sql("VACUUM " + String.join(", ", tables)).update();
			}
		}
		catch (DataAccessException ex) {
			log.warn("Could not clear the remnants of a deletion from the database files ({})",
					ex.getClass().getSimpleName());
		}
	}

	private void checkpoint() {
		Map<String, Object> result = this.jdbc.sql("PRAGMA wal_checkpoint(TRUNCATE)").query().singleRow();
		Object busy = result.values().iterator().next();
		if (!Integer.valueOf(0).equals(busy)) {
			log.warn("The write-ahead log was busy; the remnants of a deletion stay in it until the next checkpoint");
		}
	}

}
