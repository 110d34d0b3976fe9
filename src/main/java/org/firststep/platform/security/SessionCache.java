package org.firststep.platform.security;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import org.springframework.session.Session;

/**
 * Sessions as last read from the database, so that a signed-in page does not pay a
 * database round trip (about a fifth of the home page's cost) to find its session.
 * <p>
 * A copy is only ever read: whoever wants to change a session reads it afresh (see
 * {@link CachedSessionRepository}). Every change, here or on another instance, drops the
 * copy ({@link SessionChanges}); while this instance cannot hear other instances' changes
 * the cache is off. As a last resort no copy is older than {@link #MAX_AGE}.
 */
final class SessionCache {

	static final Duration MAX_AGE = Duration.ofMinutes(1);

	static final int MAX_ENTRIES = 4096;

	private final Map<String, Entry> entries = new ConcurrentHashMap<>();

	/** Counts evictions, so that a read that raced one is not kept. */
	private final AtomicLong evictions = new AtomicLong();

	private final LongSupplier nanoTime;

	private volatile boolean enabled;

	SessionCache() {
		this(System::nanoTime);
	}

	SessionCache(LongSupplier nanoTime) {
		this.nanoTime = nanoTime;
	}

	/** The copy of a live session, or null. */
	Session get(String id) {
		if (!this.enabled) {
			return null;
		}
		Entry entry = this.entries.get(id);
		if (entry == null) {
			return null;
		}
		if (this.nanoTime.getAsLong() - entry.readAt() > MAX_AGE.toNanos() || entry.session().isExpired()) {
			this.entries.remove(id, entry);
			return null;
		}
		return entry.session();
	}

	/**
	 * Taken before reading a session from the database, and given back to {@link #put}.
	 */
	long stamp() {
		return this.evictions.get();
	}

	/**
	 * Keeps a session read from the database, unless something was evicted since the read
	 * began (the copy might predate a change).
	 */
	void put(String id, Session session, long stamp) {
		if (!this.enabled || stamp != this.evictions.get()) {
			return;
		}
		if (this.entries.size() >= MAX_ENTRIES) {
			this.entries.clear();
		}
		Entry entry = new Entry(session, this.nanoTime.getAsLong());
		this.entries.put(id, entry);
		if (stamp != this.evictions.get()) {
			this.entries.remove(id, entry);
		}
	}

	void evict(String id) {
		this.evictions.incrementAndGet();
		this.entries.remove(id);
	}

	/** Starts keeping copies, from empty. */
	void enable() {
		clear();
		this.enabled = true;
	}

	/** Stops keeping copies and drops them all. */
	void disable() {
		this.enabled = false;
		clear();
	}

	boolean isEnabled() {
		return this.enabled;
	}

	private void clear() {
		this.evictions.incrementAndGet();
		this.entries.clear();
	}

	private record Entry(Session session, long readAt) {
	}

}
