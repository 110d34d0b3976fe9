package org.firststep.platform;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import org.firststep.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads the published OpenAPI description and sends every operation in it a battery of
 * malformed values (wrong types, numbers beyond every type, extreme dates, NUL, lone
 * surrogates, a megabyte of text, nesting ten thousand deep, empty and non-JSON bodies)
 * in each parameter and each field of a valid body, as a signed-in person with ids of
 * their own. No answer may be a 5xx, and the log may hold no error and no stack trace. A
 * new operation is tried as soon as it is published; one whose path needs an id fails
 * here until {@link FuzzFixture} gives it one.
 */
@ExtendWith(OutputCaptureExtension.class)
class MalformedInputIntegrationTests extends IntegrationTest {

	/** Operations at once; the rest wait their turn. */
	private static final int IN_PARALLEL = 4;

	@Test
	void noApiOperationAnswersMalformedInputWithAServerError(CapturedOutput output) throws Exception {
		JsonNode api = client().get("/api/v1/openapi.json").json();
		List<ApiOperation> operations = new ArrayList<>(ApiOperation.all(api));
		assertThat(operations).as("operations in the OpenAPI description").hasSizeGreaterThan(60);
		// The longest first (the import, then those with a body), so that none is left
		// running alone at the end.
		operations.sort(Comparator.comparingInt((ApiOperation operation) -> operation.path().endsWith("/import") ? 0
				: (operation.body() != null) ? 1 : 2));
		FuzzFixture fixture = FuzzFixture.create(this::client);
		long started = System.nanoTime();
		ExecutorService pool = Executors.newFixedThreadPool(IN_PARALLEL);
		List<String> serverErrors = new ArrayList<>();
		int requests = 0;
		try {
			List<OperationFuzzer> fuzzers = operations.stream()
				.map((operation) -> new OperationFuzzer(operation, fixture, this::client))
				.toList();
			List<Future<List<String>>> runs = fuzzers.stream().map((fuzzer) -> pool.submit(fuzzer::run)).toList();
			for (Future<List<String>> run : runs) {
				serverErrors.addAll(run.get());
			}
			requests = fuzzers.stream().mapToInt(OperationFuzzer::requests).sum();
		}
		finally {
			pool.shutdownNow();
		}
		System.out.printf("Malformed input: %d requests to %d operations in %.1f s%n", requests, operations.size(),
				(System.nanoTime() - started) / 1e9);

		assertThat(serverErrors).as("operations and values answered with a server error").isEmpty();
		assertThat(output.getAll()).as("the log")
			.doesNotContain(" ERROR ")
			.doesNotContainPattern("\\n\\s+at [a-zA-Z.$]+\\(");
	}

}
