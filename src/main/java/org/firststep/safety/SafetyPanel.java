package org.firststep.safety;

/**
 * What the calm panel shows after someone saved words that speak of self-harm or suicide:
 * the crisis lines of their country and their own plan.
 *
 * @param lines the crisis lines, or null for a country without data
 * @param plan the person's plan
 */
public record SafetyPanel(CountryLines lines, PlanView plan) {
}
