package org.firststep;

import java.util.concurrent.atomic.AtomicInteger;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LogFactoryTests {

	private final String before = System.getProperty(FirstStepApplication.LOG_FACTORY);

	@AfterEach
	void restore() {
		if (this.before == null) {
			System.clearProperty(FirstStepApplication.LOG_FACTORY);
		}
		else {
			System.setProperty(FirstStepApplication.LOG_FACTORY, this.before);
		}
	}

	@Test
	void theNamedFactoryBuildsNoMessageForALevelThatIsOff() throws Exception {
		System.clearProperty(FirstStepApplication.LOG_FACTORY);
		FirstStepApplication.nameLogFactory();
		LogFactory factory = (LogFactory) Class.forName(System.getProperty(FirstStepApplication.LOG_FACTORY))
			.getConstructor()
			.newInstance();
		Log log = factory.getInstance("org.firststep.quiet");
		AtomicInteger built = new AtomicInteger();
		Object message = new Object() {
			@Override
			public String toString() {
				built.incrementAndGet();
				return "built";
			}
		};

		assertThat(log.isTraceEnabled()).isFalse();
		log.trace(message);
		log.debug(message);
		assertThat(built).hasValue(0);
		log.warn(message);
		assertThat(built).hasValue(1);
	}

	@Test
	void aFactoryChosenByTheOperatorIsKept() {
		System.setProperty(FirstStepApplication.LOG_FACTORY, "org.apache.commons.logging.impl.Slf4jLogFactory");
		FirstStepApplication.nameLogFactory();
		assertThat(System.getProperty(FirstStepApplication.LOG_FACTORY))
			.isEqualTo("org.apache.commons.logging.impl.Slf4jLogFactory");
	}

}
