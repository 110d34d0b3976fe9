package org.firststep.platform.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SessionChangesTests {

	@Test
	void onTheEmbeddedDatabaseTheCacheIsOnFromTheStart() {
		SessionCache cache = new SessionCache();

		new SessionChanges(cache, null, null, true).start();

		assertThat(cache.isEnabled()).isTrue();
	}

	@Test
	void theCacheCanBeLeftOff() {
		SessionCache cache = new SessionCache();

		new SessionChanges(cache, null, null, false).start();

		assertThat(cache.isEnabled()).isFalse();
	}

	@Test
	void stoppingTurnsTheCacheOff() {
		SessionCache cache = new SessionCache();
		SessionChanges changes = new SessionChanges(cache, null, null, true);
		changes.start();

		changes.stop();

		assertThat(cache.isEnabled()).isFalse();
	}

}
