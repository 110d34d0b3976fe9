package org.firststep.platform;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * One operation of the published OpenAPI description: its method, its path template, the
 * names of its path and query parameters and the schema of its JSON body (null when it
 * takes none), with every {@code $ref} resolved against the description.
 *
 * @param method the HTTP method, upper case
 * @param path the path template, such as {@code /api/v1/asks/{id}}
 * @param pathParameters the names in braces
 * @param queryParameters the parameters after {@code ?}
 * @param body the schema of the JSON body, or null
 * @param api the whole description, to resolve references in the body's schema
 */
record ApiOperation(String method, String path, List<String> pathParameters, List<QueryParameter> queryParameters,
		JsonNode body, JsonNode api) {

	static List<ApiOperation> all(JsonNode api) {
		List<ApiOperation> operations = new ArrayList<>();
		api.get("paths").properties().forEach((path) -> path.getValue().properties().forEach((entry) -> {
			JsonNode operation = entry.getValue();
			List<String> inPath = new ArrayList<>();
			List<QueryParameter> inQuery = new ArrayList<>();
			operation.path("parameters").forEach((parameter) -> {
				String place = parameter.get("in").asString();
				if ("path".equals(place)) {
					inPath.add(parameter.get("name").asString());
				}
				else if ("query".equals(place)) {
					inQuery.add(new QueryParameter(parameter.get("name").asString(),
							parameter.path("required").asBoolean(false), parameter.path("schema")));
				}
			});
			JsonNode body = operation.path("requestBody").path("content").path("application/json").path("schema");
			operations.add(new ApiOperation(entry.getKey().toUpperCase(), path.getKey(), inPath, inQuery,
					body.isMissingNode() ? null : body, api));
		}));
		return operations;
	}

	/** {@code METHOD /path/{template}}, as the failures name it. */
	String name() {
		return this.method + " " + this.path;
	}

	/** The schema itself, or the one its {@code $ref} points to. */
	JsonNode resolve(JsonNode schema) {
		JsonNode current = schema;
		while (current.has("$ref")) {
			String ref = current.get("$ref").asString();
			current = this.api.at(ref.substring(1));
		}
		return current;
	}

	/**
	 * A parameter after {@code ?}.
	 *
	 * @param name its name
	 * @param required whether every request must carry it
	 * @param schema what it takes
	 */
	record QueryParameter(String name, boolean required, JsonNode schema) {
	}

}
