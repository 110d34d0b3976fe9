package org.firststep.people;

import java.util.Map;

/**
 * What the asks feature knows about the network, for choosing the safest person: how many
 * times each person said yes. The asks feature implements it; without it, every count is
 * zero.
 */
public interface AskHistory {

	/** Yes answers so far, by person id. */
	Map<String, Long> yesesByPerson(String accountId);

}
