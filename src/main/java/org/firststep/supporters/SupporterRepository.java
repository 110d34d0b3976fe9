package org.firststep.supporters;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.firststep.platform.persistence.Database;
import org.firststep.platform.persistence.Glance;
import org.firststep.platform.persistence.Rows;

/**
 * The {@code invitation}, {@code supporter_link}, {@code shared_item} and
 * {@code invitation_item} tables.
 */
@Repository
class SupporterRepository {

	private final JdbcClient jdbc;

	private final Database database;

	SupporterRepository(JdbcClient jdbc, Database database) {
		this.jdbc = jdbc;
		this.database = database;
	}

	void insertInvitation(Invitation invitation, String tokenHash, Instant now) {
		this.jdbc
			.sql("INSERT INTO invitation (id, account_id, token_hash, scopes, person_id, key_for_owner, key_for_token,"
					+ " created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(invitation.id(), invitation.accountId(), tokenHash, Scope.text(invitation.scopes()),
					invitation.personId(), invitation.keyForOwner(), invitation.keyForToken(), now.toEpochMilli(),
					invitation.expiresAt().toEpochMilli())
			.update();
	}

	Optional<Invitation> invitationByTokenHash(String tokenHash) {
		return this.jdbc.sql("SELECT * FROM invitation WHERE token_hash = ?")
			.param(tokenHash)
			.query((row, n) -> invitation(row))
			.optional();
	}

	List<Invitation> openInvitations(String accountId, Instant now) {
		return this.jdbc
			.sql("SELECT * FROM invitation WHERE account_id = ? AND used_at IS NULL AND revoked_at IS NULL"
					+ " AND expires_at > ? ORDER BY created_at DESC")
			.params(accountId, now.toEpochMilli())
			.query((row, n) -> invitation(row))
			.list();
	}

	/**
	 * The same, each locked until the transaction ends: an acceptance waits for what this
	 * transaction copies for the invitation, or has already made the link.
	 */
	List<Invitation> openInvitationsForUpdate(String accountId, Instant now) {
		return this.jdbc
			.sql("SELECT * FROM invitation WHERE account_id = ? AND used_at IS NULL AND revoked_at IS NULL"
					+ " AND expires_at > ? ORDER BY created_at" + this.database.forUpdate())
			.params(accountId, now.toEpochMilli())
			.query((row, n) -> invitation(row))
			.list();
	}

	boolean markUsed(String id, Instant now) {
		return this.jdbc
			.sql("UPDATE invitation SET used_at = ? WHERE id = ? AND used_at IS NULL AND revoked_at IS NULL")
			.params(now.toEpochMilli(), id)
			.update() > 0;
	}

	boolean revokeInvitation(String accountId, String id, Instant now) {
		return this.jdbc
			.sql("UPDATE invitation SET revoked_at = ? WHERE account_id = ? AND id = ? AND used_at IS NULL"
					+ " AND revoked_at IS NULL")
			.params(now.toEpochMilli(), accountId, id)
			.update() > 0;
	}

	void insertLink(SupporterLink link) {
		this.jdbc
			.sql("INSERT INTO supporter_link (id, account_id, supporter_account_id, person_id, scopes, key_for_owner,"
					+ " key_for_supporter, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(link.id(), link.accountId(), link.supporterAccountId(), link.personId(), Scope.text(link.scopes()),
					link.keyForOwner(), link.keyForSupporter(), link.createdAt().toEpochMilli())
			.update();
	}

	Optional<SupporterLink> linkBetween(String accountId, String supporterAccountId) {
		return this.jdbc.sql("SELECT * FROM supporter_link WHERE account_id = ? AND supporter_account_id = ?")
			.params(accountId, supporterAccountId)
			.query((row, n) -> link(row))
			.optional();
	}

	/** The person's own link by id. */
	Optional<SupporterLink> linkOfOwner(String accountId, String id) {
		return this.jdbc.sql("SELECT * FROM supporter_link WHERE account_id = ? AND id = ?")
			.params(accountId, id)
			.query((row, n) -> link(row))
			.optional();
	}

	/** A supporter's link by id. */
	Optional<SupporterLink> linkOfSupporter(String supporterAccountId, String id) {
		return this.jdbc.sql("SELECT * FROM supporter_link WHERE supporter_account_id = ? AND id = ?")
			.params(supporterAccountId, id)
			.query((row, n) -> link(row))
			.optional();
	}

	/** Whether the person accepted any offer, as part of a glance. */
	static final Glance.Part<Boolean> ACCEPTED_OFFER_GLANCE = new Glance.Part<>(
			"SELECT COUNT(*) AS supporters_accepted_offers FROM shared_item"
					+ " JOIN supporter_link ON supporter_link.id = shared_item.link_id"
					+ " WHERE supporter_link.account_id = :account AND shared_item.kind = '" + CopyKind.OFFER.stored()
					+ "' AND shared_item.state = '" + OfferState.ACCEPTED.apiName() + "'",
			(row) -> row.getLong("supporters_accepted_offers") > 0);

	List<SupporterLink> linksOfOwner(String accountId) {
		return this.jdbc.sql("SELECT * FROM supporter_link WHERE account_id = ? ORDER BY created_at")
			.param(accountId)
			.query((row, n) -> link(row))
			.list();
	}

	List<SupporterLink> linksWithCheckinDay() {
		return this.jdbc.sql("SELECT * FROM supporter_link WHERE checkin_day IS NOT NULL")
			.query((row, n) -> link(row))
			.list();
	}

	List<SupporterLink> linksOfSupporter(String supporterAccountId) {
		return this.jdbc.sql("SELECT * FROM supporter_link WHERE supporter_account_id = ? ORDER BY created_at")
			.param(supporterAccountId)
			.query((row, n) -> link(row))
			.list();
	}

	void updateScopes(String linkId, java.util.Set<Scope> scopes) {
		this.jdbc.sql("UPDATE supporter_link SET scopes = ? WHERE id = ?").params(Scope.text(scopes), linkId).update();
	}

	void updatePerson(String linkId, String personId) {
		this.jdbc.sql("UPDATE supporter_link SET person_id = ? WHERE id = ?").params(personId, linkId).update();
	}

	void updateCheckinDay(String linkId, Integer day) {
		this.jdbc.sql("UPDATE supporter_link SET checkin_day = ? WHERE id = ?").params(day, linkId).update();
	}

	boolean deleteLink(String accountId, String id) {
		return this.jdbc.sql("DELETE FROM supporter_link WHERE account_id = ? AND id = ?")
			.params(accountId, id)
			.update() > 0;
	}

	void putShared(String linkId, CopyKind kind, String itemId, CopyState state, byte[] content, Instant now) {
		putCopy(Recipient.Shelf.LINK, linkId, kind, itemId, state, content, now, now);
	}

	/** Adds a copy or replaces its state and content; when it was first shared stays. */
	void putCopy(Recipient.Shelf shelf, String id, CopyKind kind, String itemId, CopyState state, byte[] content,
			Instant createdAt, Instant now) {
		this.jdbc
			.sql("INSERT INTO " + shelf.table + " (" + shelf.owner
					+ ", kind, item_id, state, content_sealed, created_at, updated_at)"
					+ " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (" + shelf.owner + ", kind, item_id) DO UPDATE"
					+ " SET state = excluded.state, content_sealed = excluded.content_sealed,"
					+ " updated_at = excluded.updated_at")
			.params(id, kind.stored(), itemId, stored(state), content, createdAt.toEpochMilli(), now.toEpochMilli())
			.update();
	}

	Set<String> copiedItems(Recipient.Shelf shelf, String id, CopyKind kind) {
		return new HashSet<>(
				this.jdbc.sql("SELECT item_id FROM " + shelf.table + " WHERE " + shelf.owner + " = ? AND kind = ?")
					.params(id, kind.stored())
					.query(String.class)
					.list());
	}

	void deleteCopy(Recipient.Shelf shelf, String id, CopyKind kind, String itemId) {
		this.jdbc.sql("DELETE FROM " + shelf.table + " WHERE " + shelf.owner + " = ? AND kind = ? AND item_id = ?")
			.params(id, kind.stored(), itemId)
			.update();
	}

	void deleteCopies(Recipient.Shelf shelf, String id, CopyKind kind) {
		this.jdbc.sql("DELETE FROM " + shelf.table + " WHERE " + shelf.owner + " = ? AND kind = ?")
			.params(id, kind.stored())
			.update();
	}

	/**
	 * Moves an accepted invitation's copies to its new link, as they are: they were
	 * sealed for the link already.
	 */
	void moveInvitationCopies(String invitationId) {
		this.jdbc
			.sql("INSERT INTO shared_item (link_id, kind, item_id, state, content_sealed, created_at, updated_at)"
					+ " SELECT invitation_id, kind, item_id, state, content_sealed, created_at, updated_at"
					+ " FROM invitation_item WHERE invitation_id = ?")
			.param(invitationId)
			.update();
		deleteInvitationCopies(invitationId);
	}

	void deleteInvitationCopies(String invitationId) {
		this.jdbc.sql("DELETE FROM invitation_item WHERE invitation_id = ?").param(invitationId).update();
	}

	/** Forgets the copies of every invitation used, withdrawn or past its time. */
	int deleteCopiesOfClosedInvitations(Instant now) {
		return this.jdbc
			.sql("DELETE FROM invitation_item WHERE invitation_id IN (SELECT id FROM invitation"
					+ " WHERE used_at IS NOT NULL OR revoked_at IS NOT NULL OR expires_at <= ?)")
			.param(now.toEpochMilli())
			.update();
	}

	void answerShared(String linkId, CopyKind kind, String itemId, CopyState state, byte[] answer, Instant now) {
		this.jdbc
			.sql("UPDATE shared_item SET state = ?, answer_sealed = ?, updated_at = ? WHERE link_id = ? AND kind = ?"
					+ " AND item_id = ?")
			.params(stored(state), answer, now.toEpochMilli(), linkId, kind.stored(), itemId)
			.update();
	}

	void setState(String linkId, CopyKind kind, String itemId, CopyState state, Instant now) {
		this.jdbc.sql("UPDATE shared_item SET state = ?, updated_at = ? WHERE link_id = ? AND kind = ? AND item_id = ?")
			.params(stored(state), now.toEpochMilli(), linkId, kind.stored(), itemId)
			.update();
	}

	List<SharedItem> shared(String linkId, CopyKind kind) {
		return this.jdbc.sql("SELECT * FROM shared_item WHERE link_id = ? AND kind = ? ORDER BY created_at DESC")
			.params(linkId, kind.stored())
			.query((row, n) -> sharedItem(row))
			.list();
	}

	/** The copies of a kind in one state, newest first: the rest are not read. */
	List<SharedItem> shared(String linkId, CopyKind kind, CopyState state) {
		return this.jdbc
			.sql("SELECT * FROM shared_item WHERE link_id = ? AND kind = ? AND state = ? ORDER BY created_at DESC")
			.params(linkId, kind.stored(), stored(state))
			.query((row, n) -> sharedItem(row))
			.list();
	}

	Optional<SharedItem> sharedItem(String linkId, CopyKind kind, String itemId) {
		return this.jdbc.sql("SELECT * FROM shared_item WHERE link_id = ? AND kind = ? AND item_id = ?")
			.params(linkId, kind.stored(), itemId)
			.query((row, n) -> sharedItem(row))
			.optional();
	}

	private static String stored(CopyState state) {
		return (state != null) ? state.apiName() : null;
	}

	private static SharedItem sharedItem(ResultSet row) throws SQLException {
		CopyKind kind = CopyKind.of(row.getString("kind"));
		return new SharedItem(row.getString("link_id"), kind, row.getString("item_id"),
				kind.state(row.getString("state")), row.getBytes("content_sealed"), row.getBytes("answer_sealed"),
				Rows.instant(row, "created_at"), Rows.instant(row, "updated_at"));
	}

	private static Invitation invitation(ResultSet row) throws SQLException {
		return new Invitation(row.getString("id"), row.getString("account_id"), Scope.parse(row.getString("scopes")),
				row.getString("person_id"), row.getBytes("key_for_owner"), row.getBytes("key_for_token"),
				Rows.instant(row, "expires_at"), Rows.nullableInstant(row, "used_at"),
				Rows.nullableInstant(row, "revoked_at"));
	}

	private static SupporterLink link(ResultSet row) throws SQLException {
		return new SupporterLink(row.getString("id"), row.getString("account_id"),
				row.getString("supporter_account_id"), row.getString("person_id"), Scope.parse(row.getString("scopes")),
				row.getBytes("key_for_owner"), row.getBytes("key_for_supporter"), Rows.nullableInt(row, "checkin_day"),
				Rows.instant(row, "created_at"));
	}

	/**
	 * A copy made for one link.
	 *
	 * @param linkId the link
	 * @param kind what it is a copy of
	 * @param itemId what it copies
	 * @param state a state in the clear: a {@link SharedAskState} for an ask, an
	 * {@link OfferState} for an offer, null for the rest
	 * @param content the copy, sealed under the link key
	 * @param answer the supporter's answer, sealed under the link key, or null
	 * @param createdAt when it was first shared
	 * @param updatedAt when it last changed
	 */
	record SharedItem(String linkId, CopyKind kind, String itemId, CopyState state, byte[] content, byte[] answer,
			Instant createdAt, Instant updatedAt) {
	}

}
