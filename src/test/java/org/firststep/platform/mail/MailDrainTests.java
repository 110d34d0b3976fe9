package org.firststep.platform.mail;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How long a mail that failed waits before it is tried again. */
class MailDrainTests {

	private final MailDrain drain = new MailDrain(null, null,
			new MailProperties("FirstStep <no-reply@localhost>", Duration.ofSeconds(30), Duration.ofMinutes(5)), null);

	@Test
	void theWaitDoublesWithEachFailureUpToAnHour() {
		assertThat(this.drain.waitAfter(1)).isEqualTo(Duration.ofSeconds(30));
		assertThat(this.drain.waitAfter(2)).isEqualTo(Duration.ofMinutes(1));
		assertThat(this.drain.waitAfter(3)).isEqualTo(Duration.ofMinutes(2));
		assertThat(this.drain.waitAfter(8)).isEqualTo(Duration.ofMinutes(60));
		assertThat(this.drain.waitAfter(9)).isEqualTo(Duration.ofHours(1));
		assertThat(this.drain.waitAfter(10_000)).isEqualTo(Duration.ofHours(1));
	}

}
