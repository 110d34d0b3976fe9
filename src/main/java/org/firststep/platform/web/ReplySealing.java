package org.firststep.platform.web;

/**
 * Seals the answers kept for Idempotency-Key retries under the account's data key, since
 * they repeat what the person wrote; the privacy module provides it, so that the web
 * layer never holds a cipher.
 */
public interface ReplySealing {

	/** Whether this request holds the account's data key. */
	boolean unlocked(String accountId);

	/** The answer sealed for the account's row of this key. */
	byte[] seal(String accountId, String keyHash, byte[] reply);

	/**
	 * The answer opened.
	 * @throws UnreadableDataException when it does not open, for example because it was
	 * sealed under a data key that a fresh start has since replaced
	 */
	byte[] open(String accountId, String keyHash, byte[] sealed);

}
