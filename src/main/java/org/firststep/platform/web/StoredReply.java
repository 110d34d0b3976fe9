package org.firststep.platform.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;

/**
 * The first answer to a POST with an Idempotency-Key, as a retry gets it again: the
 * status, the headers that say what and where it is, and the body.
 *
 * @param status the HTTP status
 * @param location the {@code Location}, or null
 * @param contentType the {@code Content-Type}, or null
 * @param contentEncoding the {@code Content-Encoding}, or null (the server compresses
 * after this; a reply kept gzipped by an earlier version still says so)
 * @param body the body, possibly empty
 */
record StoredReply(int status, String location, String contentType, String contentEncoding, byte[] body) {

	/** Marks a replayed answer, as payment APIs do, so a client can tell. */
	static final String REPLAYED = "Idempotent-Replayed";

	private static final int FORMAT = 1;

	/**
	 * The headers and body in one value, to be sealed (the status stays in the clear).
	 */
	byte[] encode() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(this.body.length + 128);
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			out.writeByte(FORMAT);
			for (String header : new String[] { this.location, this.contentType, this.contentEncoding }) {
				out.writeBoolean(header != null);
				if (header != null) {
					out.writeUTF(header);
				}
			}
			out.write(this.body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	static StoredReply decode(int status, byte[] encoded) {
		try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(encoded))) {
			if (in.readByte() != FORMAT) {
				throw new UnreadableDataException();
			}
			String[] headers = new String[3];
			for (int i = 0; i < headers.length; i++) {
				headers[i] = in.readBoolean() ? in.readUTF() : null;
			}
			return new StoredReply(status, headers[0], headers[1], headers[2], in.readAllBytes());
		}
		catch (IOException ex) {
			throw new UnreadableDataException();
		}
	}

	void writeTo(HttpServletResponse response) throws IOException {
		response.setStatus(this.status);
		response.setHeader(REPLAYED, "true");
		if (this.location != null) {
			response.setHeader(HttpHeaders.LOCATION, this.location);
		}
		if (this.contentType != null) {
			response.setContentType(this.contentType);
		}
		if (this.contentEncoding != null) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, this.contentEncoding);
			response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		}
		response.setContentLength(this.body.length);
		if (this.body.length > 0) {
			response.getOutputStream().write(this.body);
		}
	}

}
