package org.firststep.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.bouncycastle.crypto.params.HKDFParameters;

import org.firststep.platform.security.MemoryHardWork;

/**
 * The primitives, in one place: AES-256-GCM with associated data, Argon2id for secrets
 * people type, HKDF-SHA256 for secrets that are already random. Only this package uses
 * them.
 */
final class Crypto {

	static final int NONCE_LENGTH = 12;

	private static final int TAG_BITS = 128;

	private static final SecureRandom RANDOM = new SecureRandom();

	/**
	 * One cipher per thread: looking the algorithm up among the providers cost more than
	 * the decryption itself on every signed-in request. Each use starts with init.
	 */
	private static final ThreadLocal<Cipher> AES_GCM = ThreadLocal.withInitial(() -> {
		try {
			return Cipher.getInstance("AES/GCM/NoPadding");
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is not available", ex);
		}
	});

	/** Argon2id parameters (OWASP's first recommendation): 19 MiB, 2 passes, 1 lane. */
	static final String ARGON2ID = "argon2id$v=19$m=19456,t=2,p=1";

	static final String HKDF = "hkdf-sha256";

	private Crypto() {
	}

	static byte[] randomBytes(int length) {
		byte[] bytes = new byte[length];
		RANDOM.nextBytes(bytes);
		return bytes;
	}

	/** Encrypts; the result is the nonce followed by the ciphertext and tag. */
	static byte[] seal(SecretKey key, byte[] plaintext, String associatedData) {
		byte[] nonce = randomBytes(NONCE_LENGTH);
		try {
			Cipher cipher = AES_GCM.get();
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
			byte[] sealed = cipher.doFinal(plaintext);
			return ByteBuffer.allocate(NONCE_LENGTH + sealed.length).put(nonce).put(sealed).array();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is not available", ex);
		}
	}

	/**
	 * Decrypts what {@link #seal} made with the same key and associated data.
	 * @throws AEADBadTagException when the key, the associated data or the bytes differ
	 */
	static byte[] open(SecretKey key, byte[] sealed, String associatedData) throws AEADBadTagException {
		if (sealed == null || sealed.length < NONCE_LENGTH + TAG_BITS / 8) {
			throw new AEADBadTagException("too short");
		}
		try {
			Cipher cipher = AES_GCM.get();
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_LENGTH));
			cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
			return cipher.doFinal(sealed, NONCE_LENGTH, sealed.length - NONCE_LENGTH);
		}
		catch (AEADBadTagException ex) {
			throw ex;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is not available", ex);
		}
	}

	/** A key-encryption key derived from something a person typed. */
	static SecretKey argon2id(String secret, byte[] salt) {
		Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
			.withVersion(Argon2Parameters.ARGON2_VERSION_13)
			.withMemoryAsKB(19_456)
			.withIterations(2)
			.withParallelism(1)
			.withSalt(salt)
			.build();
		Argon2BytesGenerator generator = new Argon2BytesGenerator();
		generator.init(parameters);
		byte[] key = new byte[32];
		MemoryHardWork.run(() -> generator.generateBytes(secret.getBytes(StandardCharsets.UTF_8), key));
		return new SecretKeySpec(key, "AES");
	}

	/** A key-encryption key derived from a random secret, such as an API token. */
	static SecretKey hkdf(byte[] secret, byte[] salt, String info) {
		HKDFBytesGenerator generator = new HKDFBytesGenerator(new SHA256Digest());
		generator.init(new HKDFParameters(secret, salt, info.getBytes(StandardCharsets.UTF_8)));
		byte[] key = new byte[32];
		generator.generateBytes(key, 0, key.length);
		return new SecretKeySpec(key, "AES");
	}

}
