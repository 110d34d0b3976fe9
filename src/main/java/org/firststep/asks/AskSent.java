package org.firststep.asks;

/**
 * Published when an ask is marked sent, within the person's own request, so that a
 * feature may share it with the person asked.
 *
 * @param accountId the person
 * @param askId the ask
 */
public record AskSent(String accountId, String askId) {
}
