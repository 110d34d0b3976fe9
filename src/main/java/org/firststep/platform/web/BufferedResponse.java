package org.firststep.platform.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.http.HttpHeaders;

/**
 * Holds back what a request answers until its transaction has committed, so that no
 * client hears "saved" for something a crash could still undo: the body, a redirect and
 * an error are kept here; status and headers go to the response underneath, which nothing
 * commits before {@link #send()}. (A redirect or a flush would otherwise commit the
 * response, and with it the session, while the transaction is still open.)
 */
final class BufferedResponse extends HttpServletResponseWrapper {

	private final ByteArrayOutputStream body = new ByteArrayOutputStream();

	private ServletOutputStream stream;

	private PrintWriter writer;

	private Integer error;

	private String errorMessage;

	BufferedResponse(HttpServletResponse response) {
		super(response);
	}

	/** Whether the answer says the request was done: 2xx or 3xx, and no error sent. */
	boolean succeeded() {
		return this.error == null && getStatus() >= 200 && getStatus() < 400;
	}

	/** The answer as it stands, to keep for a retry. */
	StoredReply reply() {
		return new StoredReply(getStatus(), getHeader(HttpHeaders.LOCATION), getContentType(),
				getHeader(HttpHeaders.CONTENT_ENCODING), body());
	}

	/** Sends what was held back; after the transaction, committed or not. */
	void send() throws IOException {
		HttpServletResponse response = (HttpServletResponse) getResponse();
		if (this.error != null) {
			if (this.errorMessage != null) {
				response.sendError(this.error, this.errorMessage);
			}
			else {
				response.sendError(this.error);
			}
			return;
		}
		byte[] bytes = body();
		if (bytes.length > 0) {
			response.getOutputStream().write(bytes);
		}
	}

	private byte[] body() {
		if (this.writer != null) {
			this.writer.flush();
		}
		return this.body.toByteArray();
	}

	@Override
	public ServletOutputStream getOutputStream() {
		if (this.writer != null) {
			throw new IllegalStateException("getWriter() was called first");
		}
		if (this.stream == null) {
			this.stream = new ServletOutputStream() {
				@Override
				public void write(int b) {
					BufferedResponse.this.body.write(b);
				}

				@Override
				public void write(byte[] bytes, int offset, int length) {
					BufferedResponse.this.body.write(bytes, offset, length);
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setWriteListener(WriteListener listener) {
					throw new UnsupportedOperationException("answers here are written at once");
				}
			};
		}
		return this.stream;
	}

	@Override
	public PrintWriter getWriter() {
		if (this.stream != null) {
			throw new IllegalStateException("getOutputStream() was called first");
		}
		if (this.writer == null) {
			this.writer = new PrintWriter(new OutputStreamWriter(this.body, Charset.forName(getCharacterEncoding())));
		}
		return this.writer;
	}

	@Override
	public void flushBuffer() {
		if (this.writer != null) {
			this.writer.flush();
		}
	}

	@Override
	public boolean isCommitted() {
		return false;
	}

	@Override
	public void resetBuffer() {
		if (this.writer != null) {
			this.writer.flush();
		}
		this.body.reset();
	}

	@Override
	public void reset() {
		resetBuffer();
		this.error = null;
		this.errorMessage = null;
		super.reset();
	}

	@Override
	public void sendError(int status, String message) {
		resetBuffer();
		this.error = status;
		this.errorMessage = message;
		setStatus(status);
	}

	@Override
	public void sendError(int status) {
		sendError(status, null);
	}

	@Override
	public void sendRedirect(String location) {
		sendRedirect(location, SC_FOUND, true);
	}

	@Override
	public void sendRedirect(String location, int status) {
		sendRedirect(location, status, true);
	}

	@Override
	public void sendRedirect(String location, boolean clearBuffer) {
		sendRedirect(location, SC_FOUND, clearBuffer);
	}

	@Override
	public void sendRedirect(String location, int status, boolean clearBuffer) {
		if (clearBuffer) {
			resetBuffer();
		}
		setStatus(status);
		setHeader(HttpHeaders.LOCATION, location);
	}

}
