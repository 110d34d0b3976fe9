package org.firststep.platform.security;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Argon2id takes 19 MiB of memory and a core for a moment, on purpose. Run without a
 * limit, a burst of sign-ins would need that much memory for each at once and push the
 * heap beyond its small size; beyond one per core they only wait for each other anyway.
 * So at most one runs per core, and the others queue in order.
 */
public final class MemoryHardWork {

	private static final Semaphore PERMITS = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()),
			true);

	private MemoryHardWork() {
	}

	public static <T> T run(Supplier<T> work) {
		PERMITS.acquireUninterruptibly();
		try {
			return work.get();
		}
		finally {
			PERMITS.release();
		}
	}

}
