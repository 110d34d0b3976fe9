package org.firststep.platform.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A few small facts about one account, from several modules, read in one database round
 * trip. A page that shows a little from many modules (the home page) would otherwise pay
 * a round trip per module, and on a busy server a round trip costs more than the small
 * queries themselves.
 * <p>
 * Each module contributes a {@link Part}: a SELECT over its own tables that returns one
 * row (an aggregate, or a lookup by the account's id), filtered by the named parameter
 * {@code :account}, with column labels that start with the module's own prefix, and a
 * reader for those columns. This class only joins the parts side by side; it names no
 * table, so modules still never read each other's.
 */
@Component
public class Glance {

	private final JdbcClient jdbc;

	Glance(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Reads every part for the account, or nothing when a part finds no row (the account
	 * itself is gone).
	 */
	public Optional<Seen> read(String accountId, List<Part<?>> parts) {
		StringBuilder sql = new StringBuilder("SELECT * FROM ");
		for (int i = 0; i < parts.size(); i++) {
			sql.append((i > 0) ? " CROSS JOIN (" : "(").append(parts.get(i).select()).append(") part").append(i);
		}
		return this.jdbc.sql(sql.toString()).param("account", accountId).query((row, number) -> {
			Map<Part<?>, Object> values = new IdentityHashMap<>();
			for (Part<?> part : parts) {
				values.put(part, part.reader().read(row));
			}
			return new Seen(values);
		}).optional();
	}

	/**
	 * One module's share of a glance.
	 *
	 * @param <T> what the module makes of its columns
	 * @param select a one-row SELECT over the module's tables, filtered by
	 * {@code :account}, its column labels prefixed with the module's name
	 * @param reader reads those columns from the joined row
	 */
	public record Part<T>(String select, Reader<T> reader) {

		/** The same columns, made into something else. */
		public <U> Part<U> map(Function<T, U> then) {
			return new Part<>(this.select, (row) -> then.apply(this.reader.read(row)));
		}

	}

	/**
	 * Reads a part's columns, by their labels.
	 *
	 * @param <T> what it makes of them
	 */
	@FunctionalInterface
	public interface Reader<T> {

		T read(ResultSet row) throws SQLException;

	}

	/** What the parts of one glance read. */
	public static final class Seen {

		private final Map<Part<?>, Object> values;

		Seen(Map<Part<?>, Object> values) {
			this.values = values;
		}

		@SuppressWarnings("unchecked")
		public <T> T get(Part<T> part) {
			if (!this.values.containsKey(part)) {
				throw new IllegalArgumentException("not a part of this glance");
			}
			return (T) this.values.get(part);
		}

	}

}
