package org.firststep.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import org.firststep.supporters.PersonStatus;
import org.firststep.supporters.StatusService;
import org.firststep.support.IntegrationTest;
import org.firststep.support.Person;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes that replace a row, raced from many threads at once: each is one statement that
 * inserts or updates, so none fails and exactly one row is left.
 */
class ConcurrentUpsertIntegrationTests extends IntegrationTest {

	private static final int WRITERS = 12;

	@Autowired
	DataKeyRepository keys;

	@Autowired
	StatusService statuses;

	@Test
	void aKeyCopySavedByManyAtOnceIsOneRow() throws Exception {
		Person person = signedUpWithToken();
		List<Object> outcomes = race((i) -> {
			this.keys.save(person.accountId(), "race", "same",
					new DataKeyRepository.WrappedKey("hkdf", new byte[] { (byte) i }, new byte[] { (byte) i }),
					System.currentTimeMillis());
			return "saved";
		});
		assertThat(outcomes).containsOnly("saved");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM data_key WHERE account_id = ? AND kind = 'race'")
			.param(person.accountId())
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aStatusSetByManyAtOnceIsOneRow() throws Exception {
		Person person = signedUpWithToken();
		List<Object> outcomes = race((i) -> {
			// Each writer stands for a request with the key unlocked, as a signed-in page
			// has.
			MockHttpServletRequest request = new MockHttpServletRequest();
			RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
			CurrentDataKey.set(request, person.accountId(), DataKey.random());
			try {
				this.statuses.set(person.accountId(), PersonStatus.PLEASE_CHECK_IN);
				return "set";
			}
			finally {
				RequestContextHolder.resetRequestAttributes();
			}
		});
		assertThat(outcomes).containsOnly("set");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM person_status WHERE account_id = ?")
			.param(person.accountId())
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	/** Runs the write from many threads released together; each result or failure. */
	private static List<Object> race(ThrowingWrite write) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(WRITERS);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Object>> futures = new ArrayList<>();
		for (int i = 0; i < WRITERS; i++) {
			int index = i;
			Callable<Object> task = () -> {
				start.await();
				try {
					return write.run(index);
				}
				catch (RuntimeException ex) {
					return ex;
				}
			};
			futures.add(threads.submit(task));
		}
		start.countDown();
		List<Object> outcomes = new ArrayList<>();
		for (Future<Object> future : futures) {
			outcomes.add(future.get());
		}
		threads.shutdown();
		return outcomes;
	}

	@FunctionalInterface
	private interface ThrowingWrite {

		Object run(int index);

	}

}
