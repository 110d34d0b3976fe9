package org.firststep.people;

import java.util.List;

/**
 * Whom the person could ask for a need.
 *
 * @param suggested those good for it, safest first
 * @param others everyone else, by name
 */
public record Choices(List<Someone> suggested, List<Someone> others) {

}
