package org.firststep.platform.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Work that cannot run inside a transaction (a SQLite checkpoint, a PostgreSQL VACUUM)
 * when one transaction wraps a whole request, as it does for a POST with an
 * Idempotency-Key: inside {@link #around} it waits until that transaction has ended and
 * given its connection back; anywhere else it runs at once.
 */
public final class AfterTransaction {

	private static final ThreadLocal<List<Runnable>> PENDING = new ThreadLocal<>();

	private AfterTransaction() {
	}

	/** Runs the work now, or after the transaction {@link #around} is running. */
	public static void run(Runnable work) {
		List<Runnable> pending = PENDING.get();
		if (pending != null) {
			pending.add(work);
		}
		else {
			work.run();
		}
	}

	/**
	 * Runs a transaction, then the work deferred during it, unless it threw (a deletion
	 * rolled back leaves nothing to clear, so work after a quiet rollback is harmless).
	 */
	public static <T> T around(Supplier<T> transaction) {
		List<Runnable> outer = PENDING.get();
		List<Runnable> pending = new ArrayList<>();
		PENDING.set(pending);
		T result;
		try {
			result = transaction.get();
		}
		finally {
			PENDING.set(outer);
		}
		pending.forEach(AfterTransaction::run);
		return result;
	}

}
