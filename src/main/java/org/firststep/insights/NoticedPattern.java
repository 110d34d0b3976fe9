package org.firststep.insights;

/**
 * A pattern noticed, named kindly, with one small step.
 *
 * @param kind its name
 * @param text what was noticed
 * @param step one small step
 */
public record NoticedPattern(String kind, String text, Steps.Step step) {
}
