package org.firststep.accounts;

/**
 * Published inside the transaction that deletes an account, before its row goes: every
 * feature removes the person's rows. If a listener fails, nothing is deleted.
 *
 * @param accountId the account being deleted
 */
public record AccountDeleting(String accountId) {
}
