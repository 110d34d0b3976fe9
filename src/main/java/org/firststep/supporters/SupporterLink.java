package org.firststep.supporters;

import java.time.Instant;
import java.util.Set;

/**
 * A person and one of their supporters.
 *
 * @param id the id
 * @param accountId the person supported
 * @param supporterAccountId the supporter
 * @param personId the person's network entry for the supporter, or null until it is made
 * @param scopes what is shared
 * @param keyForOwner the link key, wrapped for the person
 * @param keyForSupporter the link key, wrapped for the supporter
 * @param checkinDay the supporter's check-in day (1 Monday … 7 Sunday), or null
 * @param createdAt when the invitation was accepted
 */
record SupporterLink(String id, String accountId, String supporterAccountId, String personId, Set<Scope> scopes,
		byte[] keyForOwner, byte[] keyForSupporter, Integer checkinDay, Instant createdAt) {

	boolean allows(Scope scope) {
		return this.scopes.contains(scope);
	}

	SupporterLink withScopes(Set<Scope> newScopes) {
		return new SupporterLink(this.id, this.accountId, this.supporterAccountId, this.personId, newScopes,
				this.keyForOwner, this.keyForSupporter, this.checkinDay, this.createdAt);
	}

	SupporterLink withPerson(String newPersonId) {
		return new SupporterLink(this.id, this.accountId, this.supporterAccountId, newPersonId, this.scopes,
				this.keyForOwner, this.keyForSupporter, this.checkinDay, this.createdAt);
	}

}
