package org.firststep.asks;

import java.time.Instant;

/**
 * Published when an ask is made or changed, within the person's own request, so that the
 * accountability partner it names can be told of the plan. Carries no words of the ask.
 *
 * @param accountId the person
 * @param askId the ask
 * @param partnerPersonId the accountability partner from the network, or null
 * @param sendBy the deadline, or null
 * @param partnerIsNew whether this partner was not the ask's partner before
 */
public record AskPlanned(String accountId, String askId, String partnerPersonId, Instant sendBy, boolean partnerIsNew) {
}
