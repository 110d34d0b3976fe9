package org.firststep.safety;

/**
 * Someone in the network, offered on the safety plan page to add to a step or to share
 * the plan with.
 *
 * @param id their id in the network
 * @param name how the person calls them
 */
public record PersonChoice(String id, String name) {
}
