package org.firststep.platform.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Keyset pagination, newest first: the rows after a cursor row are read with
 * {@code WHERE (keys, id) < (that row's keys, id) ORDER BY keys DESC, id DESC LIMIT n},
 * so a page reads (and opens) only the rows it shows, however long the list. The cursor
 * is the id of the last row of the previous page. Row values compare the same way on
 * SQLite and PostgreSQL.
 * <p>
 * The table, the condition and the keys are constants of the repository, never input; the
 * condition scopes the rows to one account, and the cursor is looked up within it, so
 * another account's id is an unknown cursor.
 *
 * @param table the table, with an {@code id} column
 * @param condition the rows of the list, with {@code ?} for its parameters, e.g.
 * {@code account_id = ?}
 * @param keys the columns the list is ordered by, descending, before the id
 */
public record Keyset(String table, String condition, List<String> keys) {

	public Keyset(String table, String condition, String... keys) {
		this(table, condition, List.of(keys));
	}

	/**
	 * At most {@code count} rows of the list after the row with id {@code cursor} (from
	 * the first when null), or empty when the cursor is not a row of the list.
	 * @param parameters the parameters of the condition
	 */
	public <T> Optional<List<T>> after(JdbcClient jdbc, List<?> parameters, String cursor, int count,
			RowMapper<T> mapper) {
		List<Object> params = new ArrayList<>(parameters);
		String columns = Stream.concat(this.keys.stream(), Stream.of("id")).collect(Collectors.joining(", "));
		StringBuilder sql = new StringBuilder("SELECT * FROM ").append(this.table)
			.append(" WHERE ")
			.append(this.condition);
		if (cursor != null) {
			// The cursor row's keys, read once: none when it is not a row of the list.
			Optional<List<Object>> keys = jdbc
				.sql("SELECT " + columns + " FROM " + this.table + " WHERE " + this.condition + " AND id = ?")
				.params(concat(parameters, cursor))
				.query((row, n) -> {
					List<Object> values = new ArrayList<>();
					for (int i = 1; i <= this.keys.size() + 1; i++) {
						values.add(row.getObject(i));
					}
					return values;
				})
				.optional();
			if (keys.isEmpty()) {
				return Optional.empty();
			}
			sql.append(" AND (")
				.append(columns)
				.append(") < (")
				.append(keys.get().stream().map((key) -> "?").collect(Collectors.joining(", ")))
				.append(")");
			params.addAll(keys.get());
		}
		sql.append(" ORDER BY ")
			.append(Stream.concat(this.keys.stream(), Stream.of("id"))
				.map((column) -> column + " DESC")
				.collect(Collectors.joining(", ")))
			.append(" LIMIT ?");
		params.add(count);
		return Optional.of(jdbc.sql(sql.toString()).params(params).query(mapper).list());
	}

	private static List<Object> concat(List<?> parameters, Object last) {
		List<Object> all = new ArrayList<>(parameters);
		all.add(last);
		return all;
	}

}
