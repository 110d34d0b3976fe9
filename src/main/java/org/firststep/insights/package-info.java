/**
 * Insights: whether it may be time to ask for professional help, patterns of pulling away
 * named kindly, and the person's own figures over time. Reads check-ins,
 * self-assessments, asks and the network; keeps nothing of its own.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Insights")
package org.firststep.insights;
