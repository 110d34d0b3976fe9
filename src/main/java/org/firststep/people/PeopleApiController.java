package org.firststep.people;

import java.net.URI;
import java.util.List;
import java.util.function.UnaryOperator;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
	ResponseEntity<PersonResponse> add(@AuthenticationPrincipal CurrentAccount me, @RequestBody PersonRequest body) {
		Person person = this.people.add(me.id(), this.people.check(body, UnaryOperator.identity()));
		return ResponseEntity.created(URI.create("/api/v1/people/" + person.id()))
			.body(PersonResponse.saved(person, this.crisisLanguage));
	}

	@GetMapping("/{id}")
	PersonResponse get(@AuthenticationPrincipal CurrentAccount me, @PathVariable String id) {
		return PersonResponse.of(this.people.get(me.id(), id));
	}

	@PatchMapping("/{id}")
	PersonResponse change(@AuthenticationPrincipal CurrentAccount me, @PathVariable String id,
			@RequestBody PersonRequest body) {
		Person current = this.people.get(me.id(), id);
		Person changed = this.people.change(me.id(), id,
				this.people.check(body.over(current), UnaryOperator.identity()));
		return PersonResponse.saved(changed, this.crisisLanguage);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void remove(@AuthenticationPrincipal CurrentAccount me, @PathVariable String id) {
		this.people.remove(me.id(), id);
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
