package org.firststep.platform.security;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

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
		this.cache.put("one", session, this.cache.stamp("one"));
		assertThat(this.cache.get("one")).isSameAs(session);

		this.cache.evict("one");

		assertThat(this.cache.get("one")).isNull();
	}

	@Test
	void doesNotKeepAReadThatAnEvictionOvertook() {
		long stamp = this.cache.stamp("one");
		this.cache.evict("one");

		this.cache.put("one", new MapSession("one"), stamp);

		assertThat(this.cache.get("one")).isNull();
	}

	@Test
	void keepsAReadWhenOnlyOtherSessionsWereEvicted() {
		String other = IntStream.range(0, 1000)
			.mapToObj((i) -> "other" + i)
			.filter((id) -> (id.hashCode() & 63) != ("one".hashCode() & 63))
			.findFirst()
			.orElseThrow();
		long stamp = this.cache.stamp("one");
		this.cache.evict(other);

		this.cache.put("one", new MapSession("one"), stamp);

		assertThat(this.cache.get("one")).isNotNull();
	}

	@Test
	void forgetsExpiredSessions() {
		MapSession session = new MapSession("one");
		session.setMaxInactiveInterval(Duration.ofMinutes(5));
		session.setLastAccessedTime(Instant.now().minus(Duration.ofMinutes(6)));

		this.cache.put("one", session, this.cache.stamp("one"));

		assertThat(this.cache.get("one")).isNull();
	}

	@Test
	void readsAgainOnceACopyIsAMinuteOld() {
		this.cache.put("one", new MapSession("one"), this.cache.stamp("one"));
		this.now.addAndGet(SessionCache.MAX_AGE.toNanos() - 1);
		assertThat(this.cache.get("one")).isNotNull();

		this.now.addAndGet(2);

		assertThat(this.cache.get("one")).isNull();
	}

	@Test
	void keepsNothingWhileOff() {
		this.cache.put("one", new MapSession("one"), this.cache.stamp("one"));

		this.cache.disable();
		this.cache.put("two", new MapSession("two"), this.cache.stamp("two"));

		assertThat(this.cache.get("one")).isNull();
		assertThat(this.cache.get("two")).isNull();
		this.cache.enable();
		assertThat(this.cache.get("one")).isNull();
	}

	@Test
	void staysWithinItsSize() {
		for (int i = 0; i <= SessionCache.MAX_ENTRIES; i++) {
			this.cache.put("s" + i, new MapSession("s" + i), this.cache.stamp("s" + i));
		}

		assertThat(this.cache.get("s" + SessionCache.MAX_ENTRIES)).isNotNull();
		assertThat(this.cache.get("s0")).isNull();
	}

}
