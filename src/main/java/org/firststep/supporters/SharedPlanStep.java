package org.firststep.supporters;

import java.util.List;

/**
 * One step of a shared safety plan as the supporter reads it.
 *
 * @param step the step's name in the API ({@code warningSigns}...), which names its
 * heading
 * @param lines what the person wrote in it
 */
public record SharedPlanStep(String step, List<String> lines) {
}
