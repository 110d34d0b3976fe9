package org.firststep.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The port the app's SMTP settings name, in front of the real test SMTP server: it passes
 * every byte through, or, when a test asks, closes each connection at once (a server that
 * refuses) or holds it open without a word (a server that hangs until the client's
 * timeout). Going back to passing through drops the held connections.
 */
final class SmtpGate {

	/** What the gate does with a new connection. */
	enum Mode {

		PASS, REFUSE, HANG

	}

	private final ServerSocket listener;

	private final int target;

	private final List<Socket> held = new CopyOnWriteArrayList<>();

	private volatile Mode mode = Mode.PASS;

	SmtpGate(int target) {
		this.target = target;
		try {
			this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		daemon("smtp-gate", this::accept).start();
	}

	int port() {
		return this.listener.getLocalPort();
	}

	void mode(Mode mode) {
		this.mode = mode;
		if (mode != Mode.HANG) {
			this.held.forEach(SmtpGate::closeQuietly);
			this.held.clear();
		}
	}

	/** How many connections the gate is holding open without a word. */
	int held() {
		return this.held.size();
	}

	private void accept() {
		while (!this.listener.isClosed()) {
			try {
				Socket client = this.listener.accept();
				switch (this.mode) {
					case REFUSE -> closeQuietly(client);
					case HANG -> this.held.add(client);
					case PASS -> pass(client);
				}
			}
			catch (IOException ex) {
				// the listener closed at the end of the run
			}
		}
	}

	private void pass(Socket client) throws IOException {
		Socket server = new Socket(InetAddress.getLoopbackAddress(), this.target);
		daemon("smtp-gate-up", () -> pipe(client, server)).start();
		daemon("smtp-gate-down", () -> pipe(server, client)).start();
	}

	private static void pipe(Socket from, Socket to) {
		try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
			in.transferTo(out);
		}
		catch (IOException ex) {
			// one side closed
		}
		finally {
			closeQuietly(from);
			closeQuietly(to);
		}
	}

	private static Thread daemon(String name, Runnable task) {
		Thread thread = new Thread(task, name);
		thread.setDaemon(true);
		return thread;
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ex) {
			// already closed
		}
	}

}
