package org.firststep.platform.web;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How FirstStep presents itself on the web.
 *
 * @param baseUrl the address people use to reach this instance, for links in e-mails and
 * invitations ({@code FIRSTSTEP_BASE_URL}); when it is not set, the address the server
 * listens on (see {@link SiteAddress})
 * @param quickExitUrl the neutral page the quick-exit control leaves for
 */
@ConfigurationProperties("firststep")
public record WebProperties(URI baseUrl, @DefaultValue("https://www.google.com/search?q=weather") URI quickExitUrl) {
}
