package org.firststep.platform.web;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class MachineSizedDefaultsTests {

	private final int cores = Runtime.getRuntime().availableProcessors();

	@Test
	void twoWorkersPerCoreAndTwoConnectionsMore() {
		MockEnvironment environment = configured(Map.of());
		int workers = Math.max(2, 2 * this.cores);
		assertThat(environment.getProperty("server.tomcat.threads.max", Integer.class)).isEqualTo(workers);
		assertThat(environment.getProperty("server.tomcat.threads.min-spare", Integer.class)).isEqualTo(workers);
		assertThat(environment.getProperty("spring.datasource.hikari.maximum-pool-size", Integer.class))
			.isEqualTo(workers + 2);
	}

	@Test
	void configuredWorkersWinAndTheConnectionsFollowThem() {
		MockEnvironment environment = configured(Map.of("server.tomcat.threads.max", "3"));
		assertThat(environment.getProperty("server.tomcat.threads.max", Integer.class)).isEqualTo(3);
		assertThat(environment.getProperty("server.tomcat.threads.min-spare", Integer.class)).isEqualTo(3);
		assertThat(environment.getProperty("spring.datasource.hikari.maximum-pool-size", Integer.class)).isEqualTo(5);
	}

	@Test
	void configuredConnectionsWin() {
		MockEnvironment environment = configured(Map.of("spring.datasource.hikari.maximum-pool-size", "20"));
		assertThat(environment.getProperty("spring.datasource.hikari.maximum-pool-size", Integer.class)).isEqualTo(20);
	}

	/**
	 * An environment with these settings, after the machine-sized defaults were added.
	 */
	private static MockEnvironment configured(Map<String, Object> settings) {
		MockEnvironment environment = new MockEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("configured", settings));
		new MachineSizedDefaults().postProcessEnvironment(environment, new SpringApplication());
		return environment;
	}

}
