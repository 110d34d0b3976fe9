package org.firststep.platform.web;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Sizes request workers and database connections to the machine, unless configured: two
 * request workers per core, and two database connections more than workers (for scheduled
 * jobs), so that no request ever waits for a connection.
 * <p>
 * Measured on a two-core machine with PostgreSQL beside the app (bench/RESULTS.md): a
 * small fixed pool of platform threads answers the home page with a 99th percentile of 33
 * ms under 32 connections, where virtual threads, letting every request in at once to
 * queue for connections, took 75–100 ms and more CPU per request. The cost is that a
 * request blocked on something slow (an SMTP server) holds a worker; mail is rare and
 * gives up on a silent SMTP server after 10 s.
 */
class MachineSizedDefaults implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		int cores = Runtime.getRuntime().availableProcessors();
		int workers = environment.getProperty("server.tomcat.threads.max", Integer.class, Math.max(2, 2 * cores));
		environment.getPropertySources()
			.addLast(new MapPropertySource("firststep-machine-sized-defaults",
					Map.of("server.tomcat.threads.max", workers, "server.tomcat.threads.min-spare", workers,
							"spring.datasource.hikari.maximum-pool-size", workers + 2)));
	}

}
