package org.firststep.platform.mail;

import jakarta.mail.Provider;

/**
 * Registers {@link HeldEndTransport} with Jakarta Mail (as a service, in
 * {@code META-INF/services/jakarta.mail.Provider}): {@code mail.smtp.class} only chooses
 * among registered providers, and falls back to the plain SMTP transport otherwise.
 */
public class HeldEndProvider extends Provider {

	public HeldEndProvider() {
		super(Type.TRANSPORT, "smtp", HeldEndTransport.class.getName(), "FirstStep", null);
	}

}
