package org.firststep.platform.security;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MemoryHardWorkTests {

	private static final long MIB = 1024 * 1024;

	@Test
	void theHeapBoundsHowManyRunAtOnceNotTheCores() {
		assertThat(MemoryHardWork.permits(16, 96 * MIB)).isEqualTo(1);
		assertThat(MemoryHardWork.permits(16, 512 * MIB)).isEqualTo(6);
		assertThat(MemoryHardWork.permits(2, 4096 * MIB)).isEqualTo(2);
		assertThat(MemoryHardWork.permits(4, 10 * MIB)).as("always at least one").isEqualTo(1);
	}

	@Test
	void moreAtOnceThanTheBoundQueueAndAllFinish() {
		AtomicInteger running = new AtomicInteger();
		AtomicInteger most = new AtomicInteger();
		int attempts = MemoryHardWork.permits() * 4 + 2;
		List<CompletableFuture<Integer>> results = new ArrayList<>();
		try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int i = 0; i < attempts; i++) {
				int n = i;
				results.add(CompletableFuture.supplyAsync(() -> MemoryHardWork.run(() -> {
					most.accumulateAndGet(running.incrementAndGet(), Math::max);
					sleep(20);
					running.decrementAndGet();
					return n;
				}), threads));
			}
			assertThat(results.stream().map(CompletableFuture::join)).hasSize(attempts);
		}
		assertThat(most.get()).isBetween(1, MemoryHardWork.permits());
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
