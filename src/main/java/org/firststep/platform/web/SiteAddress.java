package org.firststep.platform.web;

import java.net.URI;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The address of this instance: where its server listens, known once the server has
 * started, and the address people use, for links in e-mails and invitations. The second
 * is {@code firststep.base-url} when it is set (behind a proxy or a load balancer it must
 * be), otherwise the first, so that a person trying FirstStep on their own machine gets
 * links that work whatever port it runs on.
 */
@Component
public class SiteAddress {

	private static final Logger logger = LoggerFactory.getLogger(SiteAddress.class);

	private static final Set<String> ANY_ADDRESS = Set.of("0.0.0.0", "::", "0:0:0:0:0:0:0:0");

	private final URI configured;

	private final String host;

	private volatile URI listening;

	SiteAddress(WebProperties properties, Environment environment) {
		this.configured = properties.baseUrl();
		this.host = host(environment.getProperty("server.address"));
	}

	/**
	 * The address people use to reach this instance.
	 * @throws IllegalStateException when {@code firststep.base-url} is not set and the
	 * server has not started yet
	 */
	public URI baseUrl() {
		if (this.configured != null) {
			return this.configured;
		}
		URI address = this.listening;
		if (address == null) {
			throw new IllegalStateException(
					"The server has not started, so its address is not known yet: set firststep.base-url");
		}
		return address;
	}

	@EventListener
	void serverStarted(WebServerInitializedEvent event) {
		// A separate management server, if one is configured, has a namespace of its own.
		if (event.getApplicationContext().getServerNamespace() == null) {
			this.listening = URI.create("http://" + this.host + ":" + event.getWebServer().getPort());
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	void announce() {
		if (this.listening != null) {
			logger.info("FirstStep is running at {}", this.listening);
		}
	}

	/**
	 * The host part of the listening address: {@code localhost} unless the server is
	 * bound to one address ({@code server.address}).
	 */
	static String host(String serverAddress) {
		if (serverAddress == null || serverAddress.isBlank() || ANY_ADDRESS.contains(serverAddress.strip())) {
			return "localhost";
		}
		String address = serverAddress.strip();
		return (address.contains(":") && !address.startsWith("[")) ? "[" + address + "]" : address;
	}

}
