package org.firststep.supporters;

import java.util.Set;

/**
 * Whom the person's copies are made for: an active link, or an invitation still open.
 * Both carry the same id and the same link key (the link takes its invitation's id), so a
 * copy is sealed the same way for either; only the table it waits in differs.
 *
 * @param id the link's or invitation's id
 * @param accountId the person supported
 * @param personId the person's network entry for the supporter, or null
 * @param scopes what is shared
 * @param keyForOwner the link key, wrapped for the person
 * @param shelf where its copies are kept
 */
record Recipient(String id, String accountId, String personId, Set<Scope> scopes, byte[] keyForOwner, Shelf shelf) {

	static Recipient of(SupporterLink link) {
		return new Recipient(link.id(), link.accountId(), link.personId(), link.scopes(), link.keyForOwner(),
				Shelf.LINK);
	}

	static Recipient of(Invitation invitation) {
		return new Recipient(invitation.id(), invitation.accountId(), invitation.personId(), invitation.scopes(),
				invitation.keyForOwner(), Shelf.INVITATION);
	}

	boolean allows(Scope scope) {
		return this.scopes.contains(scope);
	}

	/**
	 * The table a recipient's copies are kept in, and the column naming the recipient.
	 */
	enum Shelf {

		/** What the supporter reads. */
		LINK("shared_item", "link_id"),

		/** What waits for the invitation to be accepted. */
		INVITATION("invitation_item", "invitation_id");

		final String table;

		final String owner;

		Shelf(String table, String owner) {
			this.table = table;
			this.owner = owner;
		}

	}

}
