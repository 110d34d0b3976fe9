package org.firststep.privacy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import org.firststep.platform.web.SignInAgainException;
import org.firststep.platform.web.UnreadableDataException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SealerTests {

	static final SealedField NOTE = new SealedField("person", "notes");

	final Sealer sealer = new Sealer();

	final byte[] aliceKey = Crypto.randomBytes(DataKey.LENGTH);

	MockHttpServletRequest request;

	@BeforeEach
	void unlockForAlice() {
		this.request = new MockHttpServletRequest();
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(this.request));
		CurrentDataKey.set(this.request, "alice", new DataKey(this.aliceKey));
	}

	@AfterEach
	void clear() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void opensWhatItSealed() {
		byte[] sealed = this.sealer.seal("alice", NOTE, "row-1", "Sam listens well. ¿Quién sabe?");
		assertThat(this.sealer.open("alice", NOTE, "row-1", sealed)).isEqualTo("Sam listens well. ¿Quién sabe?");
	}

	@Test
	void sealingTheSameTextTwiceGivesDifferentBytes() {
		assertThat(this.sealer.seal("alice", NOTE, "row-1", "same"))
			.isNotEqualTo(this.sealer.seal("alice", NOTE, "row-1", "same"));
	}

	@Test
	void aValueCopiedIntoAnotherRowDoesNotOpen() {
		byte[] sealed = this.sealer.seal("alice", NOTE, "row-1", "private");
		assertThatThrownBy(() -> this.sealer.open("alice", NOTE, "row-2", sealed))
			.isInstanceOf(UnreadableDataException.class);
	}

	@Test
	void aValueThatDoesNotOpenLeavesTheThreadsCipherUsable() {
		byte[] sealed = this.sealer.seal("alice", NOTE, "row-1", "private");
		assertThatThrownBy(() -> this.sealer.open("alice", NOTE, "row-2", sealed))
			.isInstanceOf(UnreadableDataException.class);
		assertThat(this.sealer.open("alice", NOTE, "row-1", sealed)).isEqualTo("private");
		byte[] again = this.sealer.seal("alice", NOTE, "row-1", "private");
		assertThat(this.sealer.open("alice", NOTE, "row-1", again)).isEqualTo("private");
	}

	@Test
	void aValueCopiedIntoAnotherColumnDoesNotOpen() {
		byte[] sealed = this.sealer.seal("alice", NOTE, "row-1", "private");
		assertThatThrownBy(() -> this.sealer.open("alice", new SealedField("person", "name"), "row-1", sealed))
			.isInstanceOf(UnreadableDataException.class);
	}

	@Test
	void aValueCopiedIntoAnotherAccountDoesNotOpen() {
		byte[] sealed = this.sealer.seal("alice", NOTE, "row-1", "private");
		// Bob holds the very same key, so only the account named in the associated data
		// can refuse the copy.
		CurrentDataKey.set(this.request, "bob", new DataKey(this.aliceKey));
		assertThatThrownBy(() -> this.sealer.open("bob", NOTE, "row-1", sealed))
			.isInstanceOf(UnreadableDataException.class);
		CurrentDataKey.set(this.request, "alice", new DataKey(this.aliceKey));
		assertThat(this.sealer.open("alice", NOTE, "row-1", sealed)).isEqualTo("private");
	}

	@Test
	void anotherAccountsKeyIsNeverUsed() {
		assertThatThrownBy(() -> this.sealer.seal("bob", NOTE, "row-1", "x")).isInstanceOf(SignInAgainException.class);
	}

	@Test
	void withoutAKeyItFailsClosed() {
		byte[] sealed = this.sealer.seal("alice", NOTE, "row-1", "private");
		CurrentDataKey.clear(this.request);
		assertThatThrownBy(() -> this.sealer.open("alice", NOTE, "row-1", sealed))
			.isInstanceOf(SignInAgainException.class);
		assertThat(this.sealer.isUnlocked("alice")).isFalse();
	}

	@Test
	void aTamperedValueFailsClosed() {
		byte[] sealed = this.sealer.seal("alice", NOTE, "row-1", "private");
		sealed[sealed.length - 1] ^= 1;
		assertThatThrownBy(() -> this.sealer.open("alice", NOTE, "row-1", sealed))
			.isInstanceOf(UnreadableDataException.class);
		assertThatThrownBy(() -> this.sealer.open("alice", NOTE, "row-1", new byte[] { 9, 9 }))
			.isInstanceOf(UnreadableDataException.class);
	}

	@Test
	void nullStaysNull() {
		assertThat(this.sealer.seal("alice", NOTE, "row-1", null)).isNull();
		assertThat(this.sealer.open("alice", NOTE, "row-1", null)).isNull();
	}

}
