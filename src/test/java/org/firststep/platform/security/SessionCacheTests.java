package org.firststep.platform.security;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.session.MapSession;

import static org.assertj.core.api.Assertions.assertThat;

class SessionCacheTests {

	private final AtomicLong now = new AtomicLong();

	private final SessionCache cache = new SessionCache(this.now::get);

	@BeforeEach
	void enable() {
		this.cache.enable();
	}

	@Test
	void keepsASessionUntilItIsEvicted() {
		MapSession session = new MapSession("one");
		this.cache.put("one", session, this.cache.stamp());
		assertThat(this.cache.get("one")).isSameAs(session);

		this.cache.evict("one");

		assertThat(this.cache.get("one")).isNull();
	}

	@Test
	void doesNotKeepAReadThatAnEvictionOvertook() {
		long stamp = this.cache.stamp();
		this.cache.evict("one");

		this.cache.put("one", new MapSession("one"), stamp);

		assertThat(this.cache.get("one")).isNull();
	}

	@Test
	void forgetsExpiredSessions() {
		MapSession session = new MapSession("one");
		session.setMaxInactiveInterval(Duration.ofMinutes(5));
		session.setLastAccessedTime(Instant.now().minus(Duration.ofMinutes(6)));

		this.cache.put("one", session, this.cache.stamp());

		assertThat(this.cache.get("one")).isNull();
	}

	@Test
	void readsAgainOnceACopyIsAMinuteOld() {
		this.cache.put("one", new MapSession("one"), this.cache.stamp());
		this.now.addAndGet(SessionCache.MAX_AGE.toNanos() - 1);
		assertThat(this.cache.get("one")).isNotNull();

		this.now.addAndGet(2);

		assertThat(this.cache.get("one")).isNull();
	}

	@Test
	void keepsNothingWhileOff() {
		this.cache.put("one", new MapSession("one"), this.cache.stamp());

		this.cache.disable();
		this.cache.put("two", new MapSession("two"), this.cache.stamp());

		assertThat(this.cache.get("one")).isNull();
		assertThat(this.cache.get("two")).isNull();
		this.cache.enable();
		assertThat(this.cache.get("one")).isNull();
	}

	@Test
	void staysWithinItsSize() {
		for (int i = 0; i <= SessionCache.MAX_ENTRIES; i++) {
			this.cache.put("s" + i, new MapSession("s" + i), this.cache.stamp());
		}

		assertThat(this.cache.get("s" + SessionCache.MAX_ENTRIES)).isNotNull();
		assertThat(this.cache.get("s0")).isNull();
	}

}
