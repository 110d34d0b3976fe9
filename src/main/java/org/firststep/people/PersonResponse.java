package org.firststep.people;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.firststep.safetynet.CrisisLanguage;
import org.firststep.safetynet.SafetyLevel;

/**
 * A person as the API shows it.
 *
 * @param id the id
 * @param type {@code person} or {@code service}
 * @param name the name
 * @param relation the relation
 * @param channels ways to reach them
 * @param goodFor needs they are good for
 * @param safety how safe they feel to ask, 1 to 5
 * @param notes private notes
 * @param createdAt when they were added
 * @param safetyConcern on a save, whether the safety net noticed anything in what was
 * written (true at both levels); absent on reads
 * @param safetyLevel on a save, {@code none}, {@code concern} (a strong risk signal such
 * as feeling a burden) or {@code crisis} (words of self-harm or suicide); absent on reads
 */
record PersonResponse(String id, String type, String name, String relation, List<Channel> channels,
		List<String> goodFor, int safety, String notes, Instant createdAt,
		@JsonInclude(JsonInclude.Include.NON_NULL) Boolean safetyConcern,
		@JsonInclude(JsonInclude.Include.NON_NULL) String safetyLevel) {

	static PersonResponse of(Person person) {
		return new PersonResponse(person.id(), person.type(), person.name(), person.relation(), person.channels(),
				person.goodFor().stream().map(Need::apiName).toList(), person.safety(), person.notes(),
				person.createdAt(), null, null);
	}

	static PersonResponse saved(Person person, CrisisLanguage crisisLanguage) {
		PersonResponse response = of(person);
		SafetyLevel level = crisisLanguage.level(person.name(), person.relation(), person.notes());
		return new PersonResponse(response.id, response.type, response.name, response.relation, response.channels,
				response.goodFor, response.safety, response.notes, response.createdAt, level.raised(), level.apiName());
	}

}
