package org.firststep.privacy;

import org.springframework.stereotype.Component;

import org.firststep.platform.web.ReplySealing;

/**
 * The answers kept for Idempotency-Key retries, sealed like every other private field.
 */
@Component
class SealedReplies implements ReplySealing {

	static final SealedField REPLY = new SealedField("idempotency_key", "reply_sealed");

	private final Sealer sealer;

	SealedReplies(Sealer sealer) {
		this.sealer = sealer;
	}

	@Override
	public boolean unlocked(String accountId) {
		return this.sealer.isUnlocked(accountId);
	}

	@Override
	public byte[] seal(String accountId, String keyHash, byte[] reply) {
		return this.sealer.sealBytes(accountId, REPLY, keyHash, reply);
	}

	@Override
	public byte[] open(String accountId, String keyHash, byte[] sealed) {
		return this.sealer.openBytes(accountId, REPLY, keyHash, sealed);
	}

}
