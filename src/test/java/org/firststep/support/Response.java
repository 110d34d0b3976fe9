package org.firststep.support;

import java.net.http.HttpHeaders;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import tools.jackson.databind.JsonNode;

/**
 * What the app answered.
 *
 * @param status the HTTP status
 * @param headers the headers
 * @param body the body as text
 */
public record Response(int status, HttpHeaders headers, String body) {

	public String header(String name) {
		return this.headers.firstValue(name).orElse(null);
	}

	public List<String> headers(String name) {
		return this.headers.allValues(name);
	}

	public JsonNode json() {
		return TestClient.JSON.readTree(this.body);
	}

	public Document html() {
		return Jsoup.parse(this.body);
	}

	@Override
	public String toString() {
		return this.status + " " + this.body;
	}

}
