package org.firststep.platform.web;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.Part;

/**
 * What tells one request from another under the same key: a SHA-256 over the method, the
 * path, the query and the body. The body is read whole before any transaction starts, so
 * a slow client never holds the database while it uploads; a JSON body is kept in memory
 * and given to the handler again, a form is read as its fields (the CSRF token and the
 * key's own field left out, since they do not change what is asked).
 */
final class RequestFingerprint {

	/** The most a body may weigh here, as much as an import may (20 MB). */
	static final int MAX_BODY = 20 * 1024 * 1024;

	private static final List<String> NOT_PART_OF_THE_REQUEST = List.of("_csrf", IdempotencyKey.FIELD);

	private RequestFingerprint() {
	}

	/**
	 * The request, to be read again by its handler, and its fingerprint.
	 *
	 * @param request the request, its body still readable
	 * @param hash the SHA-256 in hex
	 */
	record Read(HttpServletRequest request, String hash) {
	}

	/** A body larger than {@link #MAX_BODY}. */
	static final class TooLarge extends Exception {

		TooLarge() {
			super("body too large", null, false, false);
		}

	}

	static boolean isForm(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && (type.regionMatches(true, 0, "application/x-www-form-urlencoded", 0, 33)
				|| type.regionMatches(true, 0, "multipart/form-data", 0, 19));
	}

	static Read read(HttpServletRequest request) throws IOException, ServletException, TooLarge {
		MessageDigest digest = sha256();
		update(digest, request.getMethod());
		update(digest, request.getRequestURI());
		update(digest, (request.getQueryString() != null) ? request.getQueryString() : "");
		String type = request.getContentType();
		if (type != null && type.regionMatches(true, 0, "multipart/form-data", 0, 19)) {
			List<Part> parts;
			try {
				parts = request.getParts().stream().sorted(Comparator.comparing(Part::getName)).toList();
			}
			catch (IllegalStateException ex) {
				// Tomcat's answer to an upload over spring.servlet.multipart's limits.
				throw new TooLarge();
			}
			fields(digest, request);
			for (Part part : parts) {
				if (part.getSubmittedFileName() != null) {
					update(digest, part.getName());
					update(digest, part.getSubmittedFileName());
					try (InputStream in = part.getInputStream()) {
						in.transferTo(new DigestOutput(digest));
					}
				}
			}
			return new Read(request, HexFormat.of().formatHex(digest.digest()));
		}
		if (isForm(request)) {
			fields(digest, request);
			return new Read(request, HexFormat.of().formatHex(digest.digest()));
		}
		if (request.getContentLengthLong() > MAX_BODY) {
			throw new TooLarge();
		}
		byte[] body;
		try (InputStream in = request.getInputStream()) {
			body = in.readNBytes(MAX_BODY + 1);
		}
		if (body.length > MAX_BODY) {
			throw new TooLarge();
		}
		digest.update(body);
		return new Read(new Replayed(request, body), HexFormat.of().formatHex(digest.digest()));
	}

	/**
	 * The form's fields, by name, each with its values in order (query included), line
	 * breaks read alike however they were sent.
	 */
	private static void fields(MessageDigest digest, HttpServletRequest request) {
		Map<String, String[]> fields = new TreeMap<>(request.getParameterMap());
		NOT_PART_OF_THE_REQUEST.forEach(fields::remove);
		fields.forEach((name, values) -> {
			update(digest, name);
			update(digest, Integer.toString(values.length));
			for (String value : values) {
				// A browser posts line breaks as CRLF, the page script's copy as it typed
				// them.
				update(digest, value.replace("\r\n", "\n").replace('\r', '\n'));
			}
		});
	}

	/** A value with its length first, so that no two lists of values read the same. */
	private static void update(MessageDigest digest, String value) {
		byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
		digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
		digest.update((byte) ':');
		digest.update(bytes);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static final class DigestOutput extends java.io.OutputStream {

		private final MessageDigest digest;

		DigestOutput(MessageDigest digest) {
			this.digest = digest;
		}

		@Override
		public void write(int b) {
			this.digest.update((byte) b);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) {
			this.digest.update(bytes, offset, length);
		}

	}

	/** The request with its body, already read, to read once more. */
	private static final class Replayed extends HttpServletRequestWrapper {

		private final byte[] body;

		Replayed(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {
				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] bytes, int offset, int length) {
					return in.read(bytes, offset, length);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("the body was already read");
				}
			};
		}

		@Override
		public BufferedReader getReader() {
			String encoding = getCharacterEncoding();
			Charset charset = (encoding != null) ? Charset.forName(encoding) : StandardCharsets.UTF_8;
			return new BufferedReader(new InputStreamReader(getInputStream(), charset));
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

	}

}
