package org.firststep.platform.security;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * The JDBC session repository, with two savings on every signed-in request: a session
 * read recently comes from the {@link SessionCache} instead of the database, and the
 * last-access time is written at most once a minute (which only lets an idle session
 * expire up to a minute early) instead of on every request.
 * <p>
 * A cached session is shared by the requests that read it, so none of them may change it:
 * the first change a request makes reads the session afresh from the database and works
 * on that private copy, which is then saved as usual.
 */
final class CachedSessionRepository implements FindByIndexNameSessionRepository<CachedSessionRepository.CachedSession> {

	static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

	/** The session looked up in this request; cleared around every request. */
	static final ThreadLocal<CachedSession> LOADED = new ThreadLocal<>();

	/** Set while a session is looked up, which reads without a transaction. */
	static final ThreadLocal<Boolean> READING = ThreadLocal.withInitial(() -> false);

	private final FindByIndexNameSessionRepository<Session> delegate;

	private final SessionCache cache;

	private final SessionChanges changes;

	@SuppressWarnings("unchecked")
	CachedSessionRepository(JdbcIndexedSessionRepository delegate, SessionCache cache, SessionChanges changes) {
		// Its session type is package-private; the sessions it hands out are its own.
		this.delegate = (FindByIndexNameSessionRepository<Session>) (FindByIndexNameSessionRepository<?>) delegate;
		this.cache = cache;
		this.changes = changes;
	}

	@Override
	public CachedSession createSession() {
		return new CachedSession(this.delegate.createSession(), this, false, null);
	}

	@Override
	public void save(CachedSession session) {
		if (session.shared || session.gone) {
			return;
		}
		if (!session.stored) {
			// Nobody can have read it before it is stored.
			this.delegate.save(session.delegate);
			session.stored = true;
			return;
		}
		// Under its old id and its new one: a request that came in on the cookie this one
		// sent out may already have read it.
		List<String> ids = Stream.of(session.cachedId, session.getId()).filter(Objects::nonNull).distinct().toList();
		change(ids, () -> this.delegate.save(session.delegate));
	}

	/**
	 * Writes, telling every instance; the copies here are dropped before the write too,
	 * so that none is served while it commits.
	 */
	private void change(List<String> ids, Runnable write) {
		ids.forEach(this.cache::evict);
		this.changes.whileChanging(ids, write);
		ids.forEach(this.cache::evict);
	}

	@Override
	public CachedSession findById(String id) {
		// Spring Session looks the session up again when it commits a second time at the
		// end of a request; the first answer of this request is reused instead.
		CachedSession loaded = LOADED.get();
		if (loaded != null && loaded.getId().equals(id)) {
			return loaded;
		}
		CachedSession found;
		Session cached = this.cache.get(id);
		if (cached != null) {
			found = new CachedSession(cached, this, true, id);
		}
		else {
			long stamp = this.cache.stamp(id);
			Session read = read(id);
			if (read != null) {
				this.cache.put(id, read, stamp);
			}
			found = (read != null) ? new CachedSession(read, this, true, id) : null;
		}
		LOADED.set(found);
		return found;
	}

	/** The session as stored now, never a cached copy. */
	private Session read(String id) {
		READING.set(true);
		try {
			return this.delegate.findById(id);
		}
		finally {
			READING.remove();
		}
	}

	/** A fresh copy of a shared session, for a request that changes it. */
	private Session readForChange(String id) {
		this.cache.evict(id);
		return read(id);
	}

	@Override
	public void deleteById(String id) {
		LOADED.remove();
		change(List.of(id), () -> this.delegate.deleteById(id));
	}

	@Override
	public Map<String, CachedSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		return this.delegate.findByIndexNameAndIndexValue(indexName, indexValue)
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey,
					(entry) -> new CachedSession(entry.getValue(), this, false, entry.getKey())));
	}

	/**
	 * A session as one request sees it: the shared copy until the request changes
	 * something, then a private one.
	 */
	static final class CachedSession implements Session {

		private final CachedSessionRepository repository;

		/** The id it was read under, which a sign-in changes; null for a new session. */
		private final String cachedId;

		private Session delegate;

		private boolean shared;

		/** In the database already, so others may have a copy. */
		private boolean stored;

		/** Deleted meanwhile (signed out elsewhere): changes stay in this request. */
		private boolean gone;

		private CachedSession(Session delegate, CachedSessionRepository repository, boolean shared, String cachedId) {
			this.delegate = delegate;
			this.repository = repository;
			this.shared = shared;
			this.cachedId = cachedId;
			this.stored = cachedId != null;
		}

		private Session forChange() {
			if (this.shared) {
				this.shared = false;
				Session fresh = this.repository.readForChange(this.cachedId);
				if (fresh != null) {
					this.delegate = fresh;
				}
				else {
					this.gone = true;
					this.delegate = new MapSession(this.delegate);
				}
			}
			return this.delegate;
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			if (due(lastAccessedTime)) {
				forChange();
				if (due(lastAccessedTime)) {
					this.delegate.setLastAccessedTime(lastAccessedTime);
				}
			}
		}

		private boolean due(Instant lastAccessedTime) {
			return Duration.between(this.delegate.getLastAccessedTime(), lastAccessedTime).compareTo(TOUCH_EVERY) >= 0;
		}

		@Override
		public String getId() {
			return this.delegate.getId();
		}

		@Override
		public String changeSessionId() {
			return forChange().changeSessionId();
		}

		@Override
		public <T> T getAttribute(String attributeName) {
			return this.delegate.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return this.delegate.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, Object attributeValue) {
			forChange().setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			forChange().removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return this.delegate.getCreationTime();
		}

		@Override
		public Instant getLastAccessedTime() {
			return this.delegate.getLastAccessedTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			forChange().setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return this.delegate.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return this.delegate.isExpired();
		}

	}

}
