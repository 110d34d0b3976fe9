package org.firststep.platform.web;

import java.util.Map;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The health check a load balancer or orchestrator polls: UP when the database answers,
 * 503 DOWN when it does not. It says nothing else about the instance.
 */
@RestController
class HealthController {

	private final JdbcClient jdbc;

	HealthController(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@GetMapping("/actuator/health")
	ResponseEntity<Map<String, String>> health() {
		boolean up;
		try {
			up = this.jdbc.sql("SELECT 1").query(Integer.class).single() == 1;
		}
		catch (RuntimeException ex) {
			up = false;
		}
		return ResponseEntity.status(up ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
			.cacheControl(CacheControl.noStore())
			.body(Map.of("status", up ? "UP" : "DOWN"));
	}

}
