package org.firststep.platform.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Passwords are hashed with Argon2id, with the parameters Spring Security recommends, at
 * most as many at a time as the heap and the cores allow ({@link MemoryHardWork}).
 */
@Configuration(proxyBeanMethods = false)
class PasswordHashingConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		PasswordEncoder argon2 = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
		return new PasswordEncoder() {
			@Override
			public String encode(CharSequence password) {
				return MemoryHardWork.run(() -> argon2.encode(password));
			}

			@Override
			public boolean matches(CharSequence password, String hash) {
				return MemoryHardWork.run(() -> argon2.matches(password, hash));
			}
		};
	}

}
