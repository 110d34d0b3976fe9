package org.firststep.safety;

import java.util.List;

/**
 * A country's crisis lines and emergency numbers.
 *
 * @param country ISO 3166 alpha-2
 * @param emergency the emergency entry as written in the data
 * @param emergencyDials the emergency numbers to tap
 * @param lines its crisis lines, the primary one first
 */
public record CountryLines(String country, String emergency, List<Dial> emergencyDials, List<CrisisLine> lines) {
}
