package org.firststep.platform.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;

/**
 * Session attributes as stored bytes. Every signed-in request reads two of them, the
 * security context and the wrapped data key; those two get a compact form that takes no
 * Java deserialisation to read back. Anything else, and every value stored before, goes
 * through Java serialisation as Spring Session does by default (its streams start with
 * {@code 0xAC}, which neither compact form does).
 */
final class SessionAttributeCodec {

	private static final byte BYTES = 1;

	private static final byte SIGNED_IN = 2;

	private final SerializingConverter serializer = new SerializingConverter();

	private final DeserializingConverter deserializer;

	SessionAttributeCodec(ClassLoader classLoader) {
		this.deserializer = new DeserializingConverter(classLoader);
	}

	ConversionService asConversionService() {
		GenericConversionService conversions = new GenericConversionService();
		conversions.addConverter(Object.class, byte[].class, this::write);
		conversions.addConverter(byte[].class, Object.class, this::read);
		return conversions;
	}

	byte[] write(Object value) {
		if (value instanceof byte[] bytes) {
			return ByteBuffer.allocate(bytes.length + 1).put(BYTES).put(bytes).array();
		}
		UsernamePasswordAuthenticationToken token = signedInAccount(value);
		if (token != null) {
			List<String> parts = new ArrayList<>();
			parts.add(((CurrentAccount) token.getPrincipal()).id());
			token.getAuthorities().forEach((authority) -> parts.add(authority.getAuthority()));
			byte[] text = String.join("\n", parts).getBytes(StandardCharsets.UTF_8);
			return ByteBuffer.allocate(text.length + 1).put(SIGNED_IN).put(text).array();
		}
		return this.serializer.convert(value);
	}

	Object read(byte[] stored) {
		if (stored.length > 0 && stored[0] == BYTES) {
			return Arrays.copyOfRange(stored, 1, stored.length);
		}
		if (stored.length > 0 && stored[0] == SIGNED_IN) {
			String[] parts = new String(stored, 1, stored.length - 1, StandardCharsets.UTF_8).split("\n");
			List<GrantedAuthority> authorities = new ArrayList<>();
			for (int i = 1; i < parts.length; i++) {
				authorities.add(new SimpleGrantedAuthority(parts[i]));
			}
			return new SecurityContextImpl(
					UsernamePasswordAuthenticationToken.authenticated(new CurrentAccount(parts[0]), null, authorities));
		}
		return this.deserializer.convert(stored);
	}

	/**
	 * The authentication of a context exactly as {@link SessionSignIn} makes it (nothing
	 * the compact form would lose), else null.
	 */
	private static UsernamePasswordAuthenticationToken signedInAccount(Object value) {
		if (value instanceof SecurityContext context && context.getClass() == SecurityContextImpl.class
				&& context.getAuthentication() instanceof UsernamePasswordAuthenticationToken token
				&& token.getClass() == UsernamePasswordAuthenticationToken.class && token.isAuthenticated()
				&& token.getPrincipal() instanceof CurrentAccount account && !account.id().contains("\n")
				&& token.getCredentials() == null && token.getDetails() == null
				&& token.getAuthorities()
					.stream()
					.allMatch((authority) -> authority.getClass() == SimpleGrantedAuthority.class
							&& !authority.getAuthority().contains("\n"))) {
			return token;
		}
		return null;
	}

}
