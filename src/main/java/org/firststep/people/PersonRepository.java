package org.firststep.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import tools.jackson.core.type.TypeReference;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.firststep.platform.persistence.Rows;
import org.firststep.privacy.SealedField;
import org.firststep.privacy.Sealer;
import org.firststep.platform.persistence.Json;

/** The {@code person} table, sealing and opening its private columns. */
@Repository
class PersonRepository {

	static final SealedField NAME = new SealedField("person", "name");

	static final SealedField RELATION = new SealedField("person", "relation");

	static final SealedField CHANNELS = new SealedField("person", "channels");

	static final SealedField NOTES = new SealedField("person", "notes");

	private static final String SOMEONE = "SELECT id, type, name_sealed, good_for, safety, created_at FROM person";

	private static final TypeReference<List<Channel>> CHANNEL_LIST = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final Sealer sealer;

	PersonRepository(JdbcClient jdbc, Sealer sealer) {
		this.jdbc = jdbc;
		this.sealer = sealer;
	}

	void insert(String accountId, Person person, long now) {
		this.jdbc.sql(
				"INSERT INTO person (id, account_id, type, name_sealed, relation_sealed, channels_sealed, notes_sealed,"
						+ " good_for, safety, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(person.id(), accountId, person.type(),
					this.sealer.seal(accountId, NAME, person.id(), person.name()),
					this.sealer.seal(accountId, RELATION, person.id(), person.relation()),
					this.sealer.seal(accountId, CHANNELS, person.id(),
							Json.MAPPER.writeValueAsString(person.channels())),
					this.sealer.seal(accountId, NOTES, person.id(), person.notes()), needs(person.goodFor()),
					person.safety(), person.createdAt().toEpochMilli(), now)
			.update();
	}

	void update(String accountId, Person person, long now) {
		this.jdbc
			.sql("UPDATE person SET type = ?, name_sealed = ?, relation_sealed = ?, channels_sealed = ?,"
					+ " notes_sealed = ?, good_for = ?, safety = ?, updated_at = ? WHERE id = ? AND account_id = ?")
			.params(person.type(), this.sealer.seal(accountId, NAME, person.id(), person.name()),
					this.sealer.seal(accountId, RELATION, person.id(), person.relation()),
					this.sealer.seal(accountId, CHANNELS, person.id(),
							Json.MAPPER.writeValueAsString(person.channels())),
					this.sealer.seal(accountId, NOTES, person.id(), person.notes()), needs(person.goodFor()),
					person.safety(), now, person.id(), accountId)
			.update();
	}

	List<Person> findAll(String accountId) {
		return this.jdbc.sql("SELECT * FROM person WHERE account_id = ?")
			.param(accountId)
			.query((row, n) -> map(accountId, row))
			.list();
	}

	/**
	 * The names of the account's people with these ids, by id, and first names when
	 * {@code first}: only these names are opened.
	 */
	Map<String, String> names(String accountId, Collection<String> ids, boolean first) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<String, String> names = new HashMap<>();
		this.jdbc.sql("SELECT id, type, name_sealed FROM person WHERE account_id = :account AND id IN (:ids)")
			.param("account", accountId)
			.param("ids", List.copyOf(ids))
			.query((row) -> {
				String id = row.getString("id");
				String name = this.sealer.open(accountId, NAME, id, row.getBytes("name_sealed"));
				names.put(id, first ? Person.firstName(row.getString("type"), name) : name);
			});
		return names;
	}

	List<Person> findAll(String accountId, Collection<String> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("SELECT * FROM person WHERE account_id = :account AND id IN (:ids)")
			.param("account", accountId)
			.param("ids", List.copyOf(ids))
			.query((row, n) -> map(accountId, row))
			.list();
	}

	/** Everyone's standing, opening nothing. */
	List<Standing.Unopened> standings(String accountId) {
		return this.jdbc.sql("SELECT id, good_for, safety, created_at FROM person WHERE account_id = ?")
			.param(accountId)
			.query((row, n) -> new Standing.Unopened(row.getString("id"), needs(row.getString("good_for")),
					row.getInt("safety"), Rows.instant(row, "created_at")))
			.list();
	}

	/** Everyone with their names opened and nothing else of them. */
	List<Someone> everyone(String accountId) {
		return this.jdbc.sql(SOMEONE + " WHERE account_id = ?")
			.param(accountId)
			.query((row, n) -> someone(accountId, row))
			.list();
	}

	/** One person with their name opened and nothing else of them. */
	Optional<Someone> someone(String accountId, String id) {
		return this.jdbc.sql(SOMEONE + " WHERE account_id = ? AND id = ?")
			.params(accountId, id)
			.query((row, n) -> someone(accountId, row))
			.optional();
	}

	private Someone someone(String accountId, ResultSet row) throws SQLException {
		String id = row.getString("id");
		return new Someone(id, row.getString("type"),
				this.sealer.open(accountId, NAME, id, row.getBytes("name_sealed")), needs(row.getString("good_for")),
				row.getInt("safety"), Rows.instant(row, "created_at"));
	}

	Optional<Person> find(String accountId, String id) {
		return this.jdbc.sql("SELECT * FROM person WHERE account_id = ? AND id = ?")
			.params(accountId, id)
			.query((row, n) -> map(accountId, row))
			.optional();
	}

	boolean exists(String id) {
		return this.jdbc.sql("SELECT COUNT(*) FROM person WHERE id = ?").param(id).query(Long.class).single() > 0;
	}

	boolean delete(String accountId, String id) {
		return this.jdbc.sql("DELETE FROM person WHERE account_id = ? AND id = ?").params(accountId, id).update() > 0;
	}

	void deleteAll(String accountId) {
		this.jdbc.sql("DELETE FROM person WHERE account_id = ?").param(accountId).update();
	}

	boolean any(String accountId) {
		return Rows.anyOfAccount(this.jdbc, "person", accountId);
	}

	private Person map(String accountId, ResultSet row) throws SQLException {
		String id = row.getString("id");
		String channels = this.sealer.open(accountId, CHANNELS, id, row.getBytes("channels_sealed"));
		return new Person(id, row.getString("type"), this.sealer.open(accountId, NAME, id, row.getBytes("name_sealed")),
				this.sealer.open(accountId, RELATION, id, row.getBytes("relation_sealed")),
				(channels == null) ? List.of() : Json.MAPPER.readValue(channels, CHANNEL_LIST),
				needs(row.getString("good_for")), row.getInt("safety"),
				this.sealer.open(accountId, NOTES, id, row.getBytes("notes_sealed")), Rows.instant(row, "created_at"));
	}

	private static String needs(Set<Need> needs) {
		return needs.stream().map(Need::apiName).sorted().collect(Collectors.joining(","));
	}

	private static Set<Need> needs(String text) {
		Set<Need> needs = EnumSet.noneOf(Need.class);
		Arrays.stream(text.split(",")).map(Need::of).flatMap(Optional::stream).forEach(needs::add);
		return needs;
	}

}
