package org.firststep.people;

import java.net.URI;
import java.util.List;

import jakarta.validation.groups.Default;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.firststep.platform.security.CurrentAccount;
import org.firststep.safetynet.CrisisLanguage;

/** {@code /api/v1/people}: the support network. */
@RestController
@RequestMapping("/api/v1/people")
class PeopleApiController {

	private final PeopleService people;

	private final CrisisLanguage crisisLanguage;

	PeopleApiController(PeopleService people, CrisisLanguage crisisLanguage) {
		this.people = people;
		this.crisisLanguage = crisisLanguage;
	}

	@GetMapping
	PersonList list(@AuthenticationPrincipal CurrentAccount me) {
		return new PersonList(this.people.list(me.id()).stream().map((person) -> PersonResponse.of(person)).toList(),
				null);
	}

	@PostMapping
	ResponseEntity<PersonResponse> add(@AuthenticationPrincipal CurrentAccount me,
			@Validated({ Default.class, PersonRequest.Adding.class }) @RequestBody PersonRequest body) {
		Person person = this.people.add(me.id(), input(body, null));
		return ResponseEntity.created(URI.create("/api/v1/people/" + person.id()))
			.body(PersonResponse.saved(person, this.crisisLanguage));
	}

	@GetMapping("/{id}")
	PersonResponse get(@AuthenticationPrincipal CurrentAccount me, @PathVariable String id) {
		return PersonResponse.of(this.people.get(me.id(), id));
	}

	@PatchMapping("/{id}")
	PersonResponse change(@AuthenticationPrincipal CurrentAccount me, @PathVariable String id,
			@Validated @RequestBody PersonRequest body) {
		Person current = this.people.get(me.id(), id);
		Person changed = this.people.change(me.id(), id, input(body, current));
		return PersonResponse.saved(changed, this.crisisLanguage);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void remove(@AuthenticationPrincipal CurrentAccount me, @PathVariable String id) {
		this.people.remove(me.id(), id);
	}

	/** The request over what is stored: a field left out keeps its value. */
	private static PersonInput input(PersonRequest body, Person current) {
		return PersonRules.check(pick(body.type(), (current != null) ? current.type() : null),
				pick(body.name(), (current != null) ? current.name() : null),
				pick(body.relation(), (current != null) ? current.relation() : null),
				(body.channels() != null) ? body.channels() : (current != null) ? current.channels() : List.of(),
				(body.goodFor() != null) ? body.goodFor()
						: (current != null) ? current.goodFor().stream().map(Need::apiName).toList() : List.of(),
				(body.safety() != null) ? body.safety() : (current != null) ? current.safety() : null,
				pick(body.notes(), (current != null) ? current.notes() : null), "channels[%d].value");
	}

	private static String pick(String given, String current) {
		return (given != null) ? given : current;
	}

	/**
	 * The network.
	 *
	 * @param items by name
	 * @param next always null: a network fits on one page
	 */
	record PersonList(List<PersonResponse> items, String next) {
	}

}
