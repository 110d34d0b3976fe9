package org.firststep.privacy;

/**
 * The key of one link between a person and a supporter. What the person shares with that
 * supporter (a status, an ask, the plan) is sealed under it, and it is stored only
 * wrapped: under the person's data key, under the supporter's, and, until the invitation
 * is accepted, under a key derived from the invitation's token. Deleting the link makes
 * every copy unreadable.
 */
public final class LinkKey extends SymmetricKey {

	LinkKey(byte[] bytes) {
		super(bytes);
	}

}
