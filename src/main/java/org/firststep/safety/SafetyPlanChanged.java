package org.firststep.safety;

/**
 * Published when a safety plan or who may read it changes, within the person's own
 * request, so that shared copies can follow.
 *
 * @param accountId the person
 */
public record SafetyPlanChanged(String accountId) {
}
