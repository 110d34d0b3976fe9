package org.firststep.platform.security;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.LongSupplier;

import org.springframework.session.Session;

/**
 * Sessions as last read from the database, so that a signed-in page does not pay a
 * database round trip (about a quarter of the home page's cost on PostgreSQL) to find its
 * session.
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

	/**
	 * Counts evictions, by a share of the ids each, so that a read that raced an eviction
	 * of its session is not kept.
	 */
	private final AtomicLongArray evictions = new AtomicLongArray(64);

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
	long stamp(String id) {
		return this.evictions.get(share(id));
	}

	/**
	 * Keeps a session read from the database, unless something was evicted since the read
	 * began (the copy might predate a change).
	 */
	void put(String id, Session session, long stamp) {
		int share = share(id);
		if (!this.enabled || stamp != this.evictions.get(share)) {
			return;
		}
		if (this.entries.size() >= MAX_ENTRIES) {
			this.entries.clear();
		}
		Entry entry = new Entry(session, this.nanoTime.getAsLong());
		this.entries.put(id, entry);
		if (stamp != this.evictions.get(share)) {
			this.entries.remove(id, entry);
		}
	}

	void evict(String id) {
		this.evictions.incrementAndGet(share(id));
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
		for (int i = 0; i < this.evictions.length(); i++) {
			this.evictions.incrementAndGet(i);
		}
		this.entries.clear();
	}

	private int share(String id) {
		return id.hashCode() & (this.evictions.length() - 1);
	}

	private record Entry(Session session, long readAt) {
	}

}
