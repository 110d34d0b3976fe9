/**
 * Safety: the crisis card and the crisis lines of each country, from
 * {@code safety/crisis_lines.json} (copied from the project's shared data with its
 * sources; no number is ever made up). Uses accounts for the person's country.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Safety")
package org.firststep.safety;
