package org.firststep.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import tools.jackson.databind.json.JsonMapper;

/**
 * A browser without a screen for the integration tests: real HTTP to the running app,
 * with its own cookie jar, a CSRF token taken from the {@code XSRF-TOKEN} cookie the way
 * a page script would, and its own client address (sent as {@code X-Forwarded-For}, which
 * the test configuration trusts from loopback), so that one test's failed sign-ins never
 * throttle another's.
 */
public final class TestClient {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final String base;

	private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

	private final HttpClient http;

	private final String address;

	private String language = "en";

	private String bearer;

	private Map<String, String> extraHeaders = new LinkedHashMap<>();

	TestClient(int port) {
		this.base = "http://localhost:" + port;
		this.http = HttpClient.newBuilder()
			.cookieHandler(this.cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
		ThreadLocalRandom random = ThreadLocalRandom.current();
		this.address = "198.18." + random.nextInt(256) + "." + random.nextInt(1, 255);
	}

	/** Requests from now on ask for this language ({@code Accept-Language}). */
	public TestClient language(String tag) {
		this.language = tag;
		return this;
	}

	/** Requests from now on carry this API token and no cookies matter. */
	public TestClient bearer(String token) {
		this.bearer = token;
		return this;
	}

	/** Requests from now on carry this header too. */
	public TestClient header(String name, String value) {
		this.extraHeaders.put(name, value);
		return this;
	}

	/** Requests from now on no longer carry this header. */
	public TestClient withoutHeader(String name) {
		this.extraHeaders.remove(name);
		return this;
	}

	public String address() {
		return this.address;
	}

	public TestClient address(String address) {
		return header("X-Forwarded-For", address);
	}

	public Response get(String path) {
		return send(request(path).GET());
	}

	/**
	 * The bytes exactly as sent on the wire (still compressed, if the server compressed
	 * them).
	 */
	public byte[] raw(String path) {
		return wire(path).body();
	}

	/**
	 * The answer exactly as sent on the wire: status, headers and the bytes (still
	 * compressed, if the server compressed them).
	 */
	public HttpResponse<byte[]> wire(String path) {
		try {
			return this.http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A form post, as a browser sends it, with the CSRF token. */
	public Response postForm(String path, String... namesAndValues) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			fields.put(namesAndValues[i], namesAndValues[i + 1]);
		}
		WrittenValues.form(fields);
		ensureCsrfCookie();
		String body = fields.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return send(withCsrf(request(path)).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** A form post without any CSRF token, as a forged cross-site form would send it. */
	public Response postFormWithoutCsrf(String path, String... namesAndValues) {
		StringBuilder body = new StringBuilder();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			body.append(i == 0 ? "" : "&")
				.append(encode(namesAndValues[i]))
				.append('=')
				.append(encode(namesAndValues[i + 1]));
		}
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString())));
	}

	/** A file upload from a form ({@code multipart/form-data}), with the CSRF token. */
	public Response postFile(String path, String field, String fileName, String contentType, byte[] content) {
		if (contentType.contains("json")) {
			WrittenValues.json(new String(content, StandardCharsets.UTF_8));
		}
		ensureCsrfCookie();
		String boundary = "----firststep-test-" + ThreadLocalRandom.current().nextLong(Long.MAX_VALUE);
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
				+ fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		return send(withCsrf(request(path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
					HttpRequest.BodyPublishers.ofByteArray(content), HttpRequest.BodyPublishers.ofByteArray(tail))));
	}

	public Response postJson(String path, Object body) {
		return json("POST", path, body);
	}

	public Response putJson(String path, Object body) {
		return json("PUT", path, body);
	}

	public Response patchJson(String path, Object body) {
		return json("PATCH", path, body);
	}

	public Response deleteJson(String path, Object body) {
		return json("DELETE", path, body);
	}

	public Response delete(String path) {
		ensureCsrfCookie();
		return send(withCsrf(request(path)).DELETE());
	}

	/** Sends raw bytes with the given content type, for malformed-input tests. */
	public Response send(String method, String path, String contentType, String body) {
		if (contentType != null && contentType.contains("json")) {
			WrittenValues.json(body);
		}
		ensureCsrfCookie();
		HttpRequest.Builder builder = withCsrf(request(path));
		if (contentType != null) {
			builder.header("Content-Type", contentType);
		}
		return send(builder.method(method, HttpRequest.BodyPublishers.ofString(body)));
	}

	/** A JSON call without the CSRF header, as a forged cross-site request would be. */
	public Response sendWithoutCsrf(String method, String path, String body) {
		return send(request(path).header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(body)));
	}

	private Response json(String method, String path, Object body) {
		String text = (body instanceof String raw) ? raw : JSON.writeValueAsString(body);
		return send(method, path, "application/json", text);
	}

	public Optional<String> cookie(String name) {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals(name))
			.map(HttpCookie::getValue)
			.findFirst();
	}

	public void removeCookie(String name) {
		this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals(name))
			.toList()
			.forEach((cookie) -> this.cookies.getCookieStore().remove(URI.create(this.base), cookie));
	}

	/** Follows a redirect the app answered with. */
	public Response follow(Response redirect) {
		String location = redirect.header("Location");
		if (location == null) {
			throw new AssertionError("expected a redirect, got " + redirect.status());
		}
		return get(location.startsWith("http")
				? URI.create(location).getRawPath()
						+ (URI.create(location).getRawQuery() != null ? "?" + URI.create(location).getRawQuery() : "")
				: location);
	}

	private void ensureCsrfCookie() {
		if (this.bearer == null && cookie("XSRF-TOKEN").isEmpty()) {
			get("/");
		}
	}

	private HttpRequest.Builder withCsrf(HttpRequest.Builder builder) {
		cookie("XSRF-TOKEN").ifPresent((token) -> builder.header("X-XSRF-TOKEN", token));
		return builder;
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(30))
			.header("Accept-Language", this.language)
			.header("X-Forwarded-For", this.address);
		this.extraHeaders.forEach(builder::setHeader);
		if (this.bearer != null) {
			builder.header("Authorization", "Bearer " + this.bearer);
		}
		return builder;
	}

	private Response send(HttpRequest.Builder builder) {
		try {
			HttpResponse<String> response = this.http.send(builder.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Response(response.statusCode(), response.headers(), response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode((value == null) ? "" : value, StandardCharsets.UTF_8);
	}

}
