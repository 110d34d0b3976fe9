package org.firststep.exchanges;

/**
 * Someone in the network as the give-and-take page names them: in the list to choose
 * from, and beside each entry.
 *
 * @param id their id in the network
 * @param name how the person calls them
 */
public record PersonChoice(String id, String name) {
}
