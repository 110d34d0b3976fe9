package org.firststep.platform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import org.firststep.platform.persistence.Json;

/** Writes a problem+json body from a filter, where no message converter runs. */
final class ProblemResponses {

	private ProblemResponses() {
	}

	static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		var body = new java.util.LinkedHashMap<String, Object>();
		body.put("type", String.valueOf(problem.getType()));
		body.put("title", problem.getTitle());
		body.put("status", problem.getStatus());
		body.put("detail", problem.getDetail());
		Json.MAPPER.writeValue(response.getOutputStream(), body);
	}

}
