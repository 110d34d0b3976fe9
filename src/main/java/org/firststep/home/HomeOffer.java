package org.firststep.home;

/**
 * An accepted offer of help, as the home page reminds of it.
 *
 * @param from who offers
 * @param what what they offer
 * @param when when
 */
public record HomeOffer(String from, String what, String when) {
}
