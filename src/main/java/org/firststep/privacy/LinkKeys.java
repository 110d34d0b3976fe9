package org.firststep.privacy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import javax.crypto.AEADBadTagException;

import org.springframework.stereotype.Component;

import org.firststep.platform.web.UnreadableDataException;

/**
 * Makes link keys and wraps them: for an account, under its data key (through the
 * sealer); for an invitation, under a key derived from its token, which only the link
 * carries.
 */
@Component
public class LinkKeys {

	static final SealedField LINK_KEY = new SealedField("supporter_link", "key");

	private final Sealer sealer;

	LinkKeys(Sealer sealer) {
		this.sealer = sealer;
	}

	public LinkKey newKey() {
		return new LinkKey(Crypto.randomBytes(SymmetricKey.LENGTH));
	}

	/** The key wrapped under the account's data key, for the row that names it. */
	public byte[] wrapFor(String accountId, String rowId, LinkKey key) {
		return this.sealer.seal(accountId, LINK_KEY, rowId, Base64.getEncoder().encodeToString(key.bytes()));
	}

	public LinkKey unwrapFor(String accountId, String rowId, byte[] wrapped) {
		return new LinkKey(Base64.getDecoder().decode(this.sealer.open(accountId, LINK_KEY, rowId, wrapped)));
	}

	/** The key wrapped under the invitation's token. */
	public byte[] wrapWithToken(String token, String invitationId, LinkKey key) {
		return Crypto.seal(Crypto.hkdf(token.getBytes(StandardCharsets.UTF_8), new byte[0], "invitation"), key.bytes(),
				"firststep v1|invitation|" + invitationId);
	}

	/**
	 * Unwraps with the invitation's token.
	 * @throws UnreadableDataException when the token is not the invitation's
	 */
	public LinkKey unwrapWithToken(String token, String invitationId, byte[] wrapped) {
		try {
			return new LinkKey(
					Crypto.open(Crypto.hkdf(token.getBytes(StandardCharsets.UTF_8), new byte[0], "invitation"), wrapped,
							"firststep v1|invitation|" + invitationId));
		}
		catch (AEADBadTagException ex) {
			throw new UnreadableDataException();
		}
	}

}
