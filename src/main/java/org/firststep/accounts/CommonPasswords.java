package org.firststep.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Passwords that appear in published lists of leaked passwords, shipped with the app
 * ({@code accounts/common-passwords.txt}, see its NOTICE). Only entries of 12 or more
 * characters are kept: shorter ones are refused anyway.
 */
@Component
class CommonPasswords {

	/** Read in the background at start, so starting does not wait for it. */
	private final CompletableFuture<Set<String>> passwords = CompletableFuture.supplyAsync(CommonPasswords::load,
			Thread::startVirtualThread);

	boolean contains(String password) {
		return this.passwords.join().contains(password.toLowerCase(Locale.ROOT));
	}

	private static Set<String> load() {
		var resource = new ClassPathResource("accounts/common-passwords.txt");
		Set<String> set = new HashSet<>(65_536);
		try (var reader = new BufferedReader(
				new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
			reader.lines().filter((line) -> !line.isBlank()).forEach(set::add);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Set.copyOf(set);
	}

}
