package org.firststep.privacy;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.LongAdder;

import javax.crypto.AEADBadTagException;

import org.springframework.stereotype.Component;

import org.firststep.platform.web.UnreadableDataException;

/**
 * The one component that seals and opens private fields, with AES-256-GCM under the
 * account's data key. The associated data names the account, the table, the column and
 * the row, so a value copied into another row or account does not open. Without the key
 * (not signed in, or the browser lost its half) it fails closed with
 * {@link org.firststep.platform.web.SignInAgainException}; a value that does not open
 * raises {@link UnreadableDataException}, never garbage.
 */
@Component
public class Sealer {

	private static final byte VERSION = 1;

	private final LongAdder opened = new LongAdder();

	public byte[] seal(String accountId, SealedField field, String rowId, String text) {
		return (text == null) ? null : sealBytes(accountId, field, rowId, text.getBytes(StandardCharsets.UTF_8));
	}

	public String open(String accountId, SealedField field, String rowId, byte[] sealed) {
		byte[] opened = openBytes(accountId, field, rowId, sealed);
		return (opened == null) ? null : new String(opened, StandardCharsets.UTF_8);
	}

	/** Seals bytes that are not text, such as a stored HTTP answer; null stays null. */
	public byte[] sealBytes(String accountId, SealedField field, String rowId, byte[] plain) {
		return (plain == null) ? null
				: sealVersioned(CurrentDataKey.require(accountId), plain, associatedData(accountId, field, rowId));
	}

	/** Opens what {@link #sealBytes} sealed. */
	public byte[] openBytes(String accountId, SealedField field, String rowId, byte[] sealed) {
		return (sealed == null) ? null
				: openVersioned(CurrentDataKey.require(accountId), sealed, associatedData(accountId, field, rowId));
	}

	/** Seals a number, such as a mood or a prediction; null stays null. */
	public byte[] sealNumber(String accountId, SealedField field, String rowId, Integer number) {
		return (number == null) ? null : seal(accountId, field, rowId, number.toString());
	}

	/** Opens a number sealed with {@link #sealNumber}. */
	public Integer openNumber(String accountId, SealedField field, String rowId, byte[] sealed) {
		String text = open(accountId, field, rowId, sealed);
		try {
			return (text == null) ? null : Integer.valueOf(text);
		}
		catch (NumberFormatException ex) {
			throw new UnreadableDataException();
		}
	}

	/**
	 * Seals a copy shared over a link, under the link's key, with associated data naming
	 * the link, the table, the column and the row.
	 */
	public byte[] sealShared(LinkKey key, String linkId, SealedField field, String rowId, String text) {
		return (text == null) ? null : sealVersioned(key, text.getBytes(StandardCharsets.UTF_8),
				associatedData("link:" + linkId, field, rowId));
	}

	/** Opens what {@link #sealShared} sealed. */
	public String openShared(LinkKey key, String linkId, SealedField field, String rowId, byte[] sealed) {
		return (sealed == null) ? null : new String(
				openVersioned(key, sealed, associatedData("link:" + linkId, field, rowId)), StandardCharsets.UTF_8);
	}

	/**
	 * How many values this component has opened since it started, so a test can show that
	 * a page opens no more than it shows. A counter only: it is never logged.
	 */
	public long opened() {
		return this.opened.sum();
	}

	/**
	 * Whether this request holds the account's key, so sealed fields can be written and
	 * read.
	 */
	public boolean isUnlocked(String accountId) {
		try {
			CurrentDataKey.require(accountId);
			return true;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	/** AES-GCM under the key, behind one byte naming the format's version. */
	private static byte[] sealVersioned(SymmetricKey key, byte[] plain, String associatedData) {
		byte[] sealed = Crypto.seal(key.secretKey(), plain, associatedData);
		byte[] versioned = new byte[sealed.length + 1];
		versioned[0] = VERSION;
		System.arraycopy(sealed, 0, versioned, 1, sealed.length);
		return versioned;
	}

	private byte[] openVersioned(SymmetricKey key, byte[] sealed, String associatedData) {
		this.opened.increment();
		if (sealed.length < 2 || sealed[0] != VERSION) {
			throw new UnreadableDataException();
		}
		byte[] body = new byte[sealed.length - 1];
		System.arraycopy(sealed, 1, body, 0, body.length);
		try {
			return Crypto.open(key.secretKey(), body, associatedData);
		}
		catch (AEADBadTagException ex) {
			throw new UnreadableDataException();
		}
	}

	private static String associatedData(String accountId, SealedField field, String rowId) {
		return "firststep v1|" + accountId + "|" + field.table() + "|" + field.column() + "|" + rowId;
	}

}
