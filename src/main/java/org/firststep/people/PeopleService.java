package org.firststep.people;

import java.text.Collator;
import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import jakarta.validation.Validator;
import jakarta.validation.groups.Default;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import org.firststep.platform.persistence.Ids;
import org.firststep.platform.web.InvalidInputException;
import org.firststep.platform.web.NotFoundException;
import org.firststep.platform.web.Violations;

/**
 * The support network of one account. Every method takes the acting account and touches
 * only its rows; another account's id answers as if it did not exist.
 */
@Service
public class PeopleService {

	private final PersonRepository people;

	private final ObjectProvider<AskHistory> history;

	private final Clock clock;

	private final Validator validator;

	PeopleService(PersonRepository people, ObjectProvider<AskHistory> history, Clock clock, Validator validator) {
		this.people = people;
		this.history = history;
		this.clock = clock;
		this.validator = validator;
	}

	/** Everyone in the network, by name. */
	public List<Person> list(String accountId) {
		return this.people.findAll(accountId).stream().sorted(Comparator.comparing(Person::name, byName())).toList();
	}

	/** The account's people with these ids, for a page that shows only them. */
	public List<Person> these(String accountId, Collection<String> ids) {
		return this.people.findAll(accountId, ids);
	}

	/**
	 * Everyone's name by id, in the order of {@link #list}, for a page that lets the
	 * person choose someone: it opens the names alone, not contacts or notes.
	 */
	public Map<String, String> everyonesNames(String accountId) {
		Map<String, String> names = new java.util.LinkedHashMap<>();
		everyone(accountId).forEach((someone) -> names.put(someone.id(), someone.name()));
		return names;
	}

	/** The names of the people with these ids, by id, opening no one else's. */
	public Map<String, String> names(String accountId, Collection<String> ids) {
		return this.people.names(accountId, ids, false);
	}

	/** The first names of the people with these ids, by id, opening no one else's. */
	public Map<String, String> firstNames(String accountId, Collection<String> ids) {
		return this.people.names(accountId, ids, true);
	}

	public Optional<Person> find(String accountId, String id) {
		return (id == null) ? Optional.empty() : this.people.find(accountId, id);
	}

	public Person get(String accountId, String id) {
		return find(accountId, id).orElseThrow(NotFoundException::new);
	}

	/**
	 * A whole person, checked by the API request's constraints, whichever face sent it.
	 * @param field the name the sending face gives a property path
	 * @throws InvalidInputException naming each field that breaks one
	 */
	PersonInput check(PersonRequest request, UnaryOperator<String> field) {
		return Violations.check(this.validator, request, field, Default.class, PersonRequest.Adding.class).input();
	}

	public Person add(String accountId, PersonInput input) {
		Person person = new Person(Ids.newId(), input.type(), input.name(), input.relation(), input.channels(),
				input.goodFor(), input.safety(), input.notes(), this.clock.instant());
		this.people.insert(accountId, person, this.clock.millis());
		return person;
	}

	public Person change(String accountId, String id, PersonInput input) {
		Person current = get(accountId, id);
		Person changed = new Person(id, input.type(), input.name(), input.relation(), input.channels(), input.goodFor(),
				input.safety(), input.notes(), current.createdAt());
		this.people.update(accountId, changed, this.clock.millis());
		return changed;
	}

	public void remove(String accountId, String id) {
		if (!this.people.delete(accountId, id)) {
			throw new NotFoundException();
		}
	}

	/**
	 * The network grouped by the needs each one is good for, in a fixed order of needs.
	 */
	public Map<Need, List<Person>> byNeed(String accountId) {
		List<Person> everyone = list(accountId);
		Map<Need, List<Person>> groups = new EnumMap<>(Need.class);
		for (Need need : Need.values()) {
			groups.put(need, ranked(accountId, everyone, need));
		}
		return groups;
	}

	/**
	 * Whom to ask for a need: those good for it, safest first (see
	 * {@link Suggestions#rank}), and everyone else by name, each name opened once and
	 * nothing else of them.
	 */
	public Choices choicesFor(String accountId, Need need) {
		List<Someone> everyone = everyone(accountId);
		return new Choices(Suggestions.rank(everyone, need, yeses(accountId)),
				everyone.stream().filter((someone) -> !someone.isGoodFor(need)).toList());
	}

	/**
	 * Everyone in the network by name, with their names opened and nothing else of them.
	 */
	public List<Someone> everyone(String accountId) {
		return this.people.everyone(accountId).stream().sorted(Comparator.comparing(Someone::name, byName())).toList();
	}

	/** The safest person for a need, opening only their name. */
	public Optional<Someone> safestFor(String accountId, Need need) {
		return safestFor(accountId, need, Set.of());
	}

	/**
	 * The safest person for a need other than those excepted, if anyone is good for it:
	 * chosen on what is in the clear, so only the one chosen has their name opened.
	 */
	public Optional<Someone> safestFor(String accountId, Need need, Collection<String> except) {
		List<Standing.Unopened> others = this.people.standings(accountId)
			.stream()
			.filter((person) -> !except.contains(person.id()))
			.toList();
		return Suggestions.rank(others, need, yeses(accountId))
			.stream()
			.findFirst()
			.flatMap((safest) -> this.people.someone(accountId, safest.id()));
	}

	/** The safest person of all, whatever they are good for, opening only their name. */
	public Optional<Someone> safestOfAll(String accountId) {
		return Suggestions.safestOfAll(this.people.standings(accountId), yeses(accountId))
			.flatMap((safest) -> this.people.someone(accountId, safest.id()));
	}

	/** One person with their name opened and nothing else of them. */
	public Optional<Someone> someone(String accountId, String id) {
		return (id == null) ? Optional.empty() : this.people.someone(accountId, id);
	}

	private List<Person> ranked(String accountId, List<Person> everyone, Need need) {
		return Suggestions.rank(everyone, need, yeses(accountId));
	}

	private Map<String, Long> yeses(String accountId) {
		AskHistory asks = this.history.getIfAvailable();
		return (asks != null) ? asks.yesesByPerson(accountId) : Map.of();
	}

	private static Collator byName() {
		Collator collator = Collator.getInstance(Locale.ROOT);
		collator.setStrength(Collator.PRIMARY);
		return collator;
	}

	boolean isEmpty(String accountId) {
		return !this.people.any(accountId);
	}

}
