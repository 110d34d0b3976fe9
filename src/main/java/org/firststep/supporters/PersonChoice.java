package org.firststep.supporters;

/**
 * Someone in the network, offered on the supporters page as the one an invitation goes
 * to.
 *
 * @param id their id in the network
 * @param name how the person calls them
 */
public record PersonChoice(String id, String name) {
}
