package org.firststep.platform.security;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Argon2id takes 19 MiB of memory and a core for a moment, on purpose. Run without a
 * limit, a burst of sign-ins would need that much memory for each at once and push the
 * heap beyond its size. So no more run at once than a quarter of the heap holds, nor more
 * than there are cores (beyond that they only wait for each other), and the others queue
 * in order: on the default 80 MB heap one at a time, whatever the number of cores.
 */
public final class MemoryHardWork {

	/** What one computation holds: Argon2id's 19 MiB block. */
	static final long EACH = 19L * 1024 * 1024;

	private static final int PERMITS = permits(Runtime.getRuntime().availableProcessors(),
			Runtime.getRuntime().maxMemory());

	private static final Semaphore RUNNING = new Semaphore(PERMITS, true);

	private MemoryHardWork() {
	}

	public static <T> T run(Supplier<T> work) {
		RUNNING.acquireUninterruptibly();
		try {
			return work.get();
		}
		finally {
			RUNNING.release();
		}
	}

	/** How many run at once in this process. */
	public static int permits() {
		return PERMITS;
	}

	static int permits(int cores, long maxHeap) {
		long byMemory = maxHeap / 4 / EACH;
		return (int) Math.max(1, Math.min(cores, byMemory));
	}

}
