package org.firststep.platform.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** Reading nullable columns the same way on both databases. */
public final class Rows {

	private Rows() {
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
