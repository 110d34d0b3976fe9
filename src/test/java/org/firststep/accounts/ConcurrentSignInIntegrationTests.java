package org.firststep.accounts;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.firststep.platform.security.MemoryHardWork;
import org.firststep.support.IntegrationTest;
import org.firststep.support.Person;

import static org.assertj.core.api.Assertions.assertThat;

class ConcurrentSignInIntegrationTests extends IntegrationTest {

	@Test
	void aBurstOfSignInsBeyondTheArgon2BoundQueuesAndEverySucceeds() {
		Person person = signedUpWithToken();
		int attempts = MemoryHardWork.permits() * 2 + 1;
		List<Integer> statuses;
		try (var threads = Executors.newFixedThreadPool(attempts)) {
			statuses = IntStream.range(0, attempts)
				.mapToObj((i) -> CompletableFuture.supplyAsync(() -> client()
					.postJson("/api/v1/auth/tokens", Map.of("email", person.email(), "password", person.password()))
					.status(), threads))
				.toList()
				.stream()
				.map(CompletableFuture::join)
				.toList();
		}
		assertThat(statuses).hasSize(attempts).containsOnly(201);
	}

}
