package org.firststep.platform.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Reading rows the same way on both databases. */
public final class Rows {

	private Rows() {
	}

	/**
	 * Whether the account has any row in the table, without reading one.
	 * @param table a table with an {@code account_id} column, a constant of the caller
	 */
	public static boolean anyOfAccount(JdbcClient jdbc, String table, String accountId) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM " + table + " WHERE account_id = ?)")
			.param(accountId)
			.query(Boolean.class)
			.single();
	}

	public static Long nullableLong(ResultSet row, String column) throws SQLException {
		long value = row.getLong(column);
		return row.wasNull() ? null : value;
	}

	public static Integer nullableInt(ResultSet row, String column) throws SQLException {
		int value = row.getInt(column);
		return row.wasNull() ? null : value;
	}

	public static Instant nullableInstant(ResultSet row, String column) throws SQLException {
		Long millis = nullableLong(row, column);
		return (millis == null) ? null : Instant.ofEpochMilli(millis);
	}

	public static Instant instant(ResultSet row, String column) throws SQLException {
		return Instant.ofEpochMilli(row.getLong(column));
	}

}
