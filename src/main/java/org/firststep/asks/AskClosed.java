package org.firststep.asks;

/**
 * Published when an ask is done with: it has an outcome, was cancelled or deleted, within
 * the request that did it, so that what was shared about it can go.
 *
 * @param accountId the person
 * @param askId the ask
 */
public record AskClosed(String accountId, String askId) {
}
