package org.firststep.platform.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;

import static org.assertj.core.api.Assertions.assertThat;

class SessionAttributeCodecTests {

	private final SessionAttributeCodec codec = new SessionAttributeCodec(getClass().getClassLoader());

	@Test
	void aSignedInContextTakesACompactFormAndComesBackEqual() {
		SecurityContext context = new SecurityContextImpl(UsernamePasswordAuthenticationToken
			.authenticated(new CurrentAccount("account-1"), null, List.of(new SimpleGrantedAuthority(Roles.PERSON))));
		byte[] stored = this.codec.write(context);
		assertThat(stored.length).isLessThan(60);
		SecurityContext read = (SecurityContext) this.codec.read(stored);
		assertThat(read.getAuthentication().getPrincipal()).isEqualTo(new CurrentAccount("account-1"));
		assertThat(read.getAuthentication().isAuthenticated()).isTrue();
		assertThat(read.getAuthentication().getAuthorities()).extracting("authority").containsExactly(Roles.PERSON);
		assertThat(read).isEqualTo(context);
	}

	@Test
	void bytesAreStoredAsThemselves() {
		byte[] wrapped = { 1, 2, 3, (byte) 0xAC, 0 };
		assertThat((byte[]) this.codec.read(this.codec.write(wrapped))).containsExactly(wrapped);
		assertThat((byte[]) this.codec.read(this.codec.write(new byte[0]))).isEmpty();
	}

	@Test
	void anythingElseStillGoesThroughJavaSerialisation() {
		SecurityContext other = new SecurityContextImpl(new TestingAuthenticationToken("someone", "secret", "ROLE_X"));
		byte[] stored = this.codec.write(other);
		assertThat(stored[0]).isEqualTo((byte) 0xAC);
		assertThat(((SecurityContext) this.codec.read(stored)).getAuthentication().getName()).isEqualTo("someone");
		assertThat(this.codec.read(this.codec.write("a saved value"))).isEqualTo("a saved value");
	}

	@Test
	void valuesStoredBeforeTheCompactFormStillRead() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
			out.writeObject(new byte[] { 7, 8 });
		}
		assertThat((byte[]) this.codec.read(bytes.toByteArray())).containsExactly(7, 8);
	}

}
