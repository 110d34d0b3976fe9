package org.firststep.people;

import jakarta.validation.constraints.NotBlank;

import org.firststep.platform.web.OneOf;

/**
 * One way to reach someone.
 *
 * @param kind {@code phone}, {@code sms}, {@code email} or {@code other}
 * @param value the number, address or other contact
 */
@ContactShape
public record Channel(
		@NotBlank(message = "{people.channel.kind}") @OneOf(value = ChannelKind.class,
				message = "{people.channel.kind}") String kind,
		@NotBlank(message = "{people.channel.value}") @ContactValue String value) {

	/** A link that starts the contact on a phone, or null for {@code other}. */
	public String href() {
		return switch (this.kind) {
			case "phone" -> "tel:" + dialable();
			case "sms" -> "sms:" + dialable();
			case "email" -> "mailto:" + this.value.trim();
			default -> null;
		};
	}

	String dialable() {
		return this.value.replaceAll("[^0-9+]", "");
	}

}
