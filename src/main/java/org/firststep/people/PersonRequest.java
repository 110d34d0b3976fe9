package org.firststep.people;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.firststep.platform.web.OneOf;

/**
 * A person as the API takes it: all fields on {@code POST}, any on {@code PATCH}.
 *
 * @param type {@code person} (default) or {@code service}
 * @param name the name
 * @param relation friend, sister, GP, helpline...
 * @param channels ways to reach them
 * @param goodFor needs they are good for
 * @param safety how safe they feel to ask, 1 to 5
 * @param notes private notes
 */
record PersonRequest(@OneOf(value = PersonType.class, message = "{people.type}") String type,
		@NotBlank(groups = Adding.class, message = "{people.name.required}") @PersonName String name,
		@Relation String relation,
		@Size(max = 10, message = "{people.channels.tooMany}") List<@Valid @NotNull Channel> channels,
		@Size(max = 5,
				message = "{people.goodFor}") List<@NotNull @OneOf(value = Need.class,
						message = "{people.goodFor}") String> goodFor,
		@NotNull(groups = Adding.class, message = "{people.safety.required}") @Min(value = 1,
				message = "{people.safety.range}") @Max(value = 5, message = "{people.safety.range}") Integer safety,
		@PersonNotes String notes) {

	/** This request over what is stored: a field left out keeps its value. */
	PersonRequest over(Person current) {
		return new PersonRequest(pick(this.type, current.type()), pick(this.name, current.name()),
				pick(this.relation, current.relation()), pick(this.channels, current.channels()),
				pick(this.goodFor, current.goodFor().stream().map(Need::apiName).toList()),
				pick(this.safety, current.safety()), pick(this.notes, current.notes()));
	}

	/** What to save, once this request has passed its constraints with {@link Adding}. */
	PersonInput input() {
		Set<Need> needs = EnumSet.noneOf(Need.class);
		if (this.goodFor != null) {
			this.goodFor.forEach((need) -> needs.add(Need.of(need).orElseThrow()));
		}
		List<Channel> cleaned = (this.channels == null) ? List.of()
				: this.channels.stream().map((channel) -> new Channel(channel.kind(), channel.value().trim())).toList();
		return new PersonInput((this.type == null || this.type.isBlank()) ? "person" : this.type, this.name.trim(),
				blankToNull(this.relation), cleaned, needs, this.safety, blankToNull(this.notes));
	}

	private static <T> T pick(T given, T current) {
		return (given != null) ? given : current;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.trim();
	}

	/** The validation group of fields required only when adding. */
	interface Adding {

	}

}
