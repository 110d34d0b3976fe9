package org.firststep.exchanges;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;

import org.springframework.stereotype.Service;

import org.firststep.accounts.AccountService;
import org.firststep.people.PeopleService;
import org.firststep.platform.persistence.Ids;
import org.firststep.platform.web.FieldMessage;
import org.firststep.platform.web.InvalidInputException;
import org.firststep.platform.web.NotFoundException;

/** Give and take for one account; every method touches only its rows. */
@Service
public class ExchangeService {

	private final ExchangeRepository exchanges;

	private final PeopleService people;

	private final AccountService accounts;

	private final Clock clock;

	ExchangeService(ExchangeRepository exchanges, PeopleService people, AccountService accounts, Clock clock) {
		this.exchanges = exchanges;
		this.people = people;
		this.accounts = accounts;
		this.clock = clock;
	}

	public List<Exchange> list(String accountId) {
		return this.exchanges.findAll(accountId);
	}

	/**
	 * At most {@code count} exchanges after the one with id {@code cursor} (from the
	 * newest when null), newest first, read from the database page by page; empty when
	 * the cursor is not one of the account's.
	 */
	public Optional<List<Exchange>> page(String accountId, String cursor, int count) {
		return this.exchanges.page(accountId, cursor, count);
	}

	/**
	 * Notes an act of help.
	 * @throws InvalidInputException for someone not in the network or a day to come
	 */
	public Exchange add(String accountId, String direction, String personId, String what, LocalDate day) {
		LocalDate today = LocalDate.now(this.clock.withZone(this.accounts.get(accountId).timeZone()));
		List<FieldMessage> errors = new ArrayList<>();
		if (this.people.find(accountId, personId).isEmpty()) {
			errors.add(new FieldMessage("personId", "exchanges.person.unknown"));
		}
		if (day != null && day.isAfter(today)) {
			errors.add(new FieldMessage("date", "exchanges.date.future"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors.toArray(FieldMessage[]::new));
		}
		Exchange exchange = new Exchange(Ids.newId(), direction, personId, what.strip(), (day != null) ? day : today,
				this.clock.instant());
		this.exchanges.insert(accountId, exchange);
		return exchange;
	}

	public void remove(String accountId, String id) {
		if (!this.exchanges.delete(accountId, id)) {
			throw new NotFoundException();
		}
	}

	/** The balance, from the clear columns: it opens no entry. */
	public Balance balance(String accountId) {
		List<Exchange> all = this.exchanges.tally(accountId);
		Map<String, long[]> byPerson = new LinkedHashMap<>();
		Map<YearMonth, long[]> byMonth = new LinkedHashMap<>();
		for (Exchange exchange : all) {
			count(byPerson.computeIfAbsent(exchange.personId(), (key) -> new long[2]), exchange);
			count(byMonth.computeIfAbsent(YearMonth.from(exchange.day()), (key) -> new long[2]), exchange);
		}
		long given = all.stream().filter(Exchange::given).count();
		return new Balance(given, all.size() - given,
				byPerson.entrySet()
					.stream()
					.map((entry) -> new PersonBalance(entry.getKey(), entry.getValue()[0], entry.getValue()[1]))
					.toList(),
				byMonth.entrySet()
					.stream()
					.map((entry) -> new MonthBalance(entry.getKey(), entry.getValue()[0], entry.getValue()[1]))
					.toList());
	}

	private static void count(long[] counts, Exchange exchange) {
		counts[exchange.given() ? 0 : 1]++;
	}

	boolean isEmpty(String accountId) {
		return !this.exchanges.any(accountId);
	}

	/**
	 * The balance.
	 *
	 * @param given acts of help given
	 * @param received acts of help received
	 * @param byPerson the same, with each person
	 * @param byMonth the same, each month, newest first
	 */
	public record Balance(long given, long received, List<PersonBalance> byPerson, List<MonthBalance> byMonth) {

		/**
		 * Whether the person has given more than they have taken: worth a gentle word.
		 */
		public boolean givesMore() {
			return this.given > this.received;
		}

	}

	/**
	 * The balance with one person.
	 *
	 * @param personId who
	 * @param given given to them
	 * @param received received from them
	 */
	public record PersonBalance(String personId, long given, long received) {
	}

	/**
	 * The balance of one month.
	 *
	 * @param month the month
	 * @param given given
	 * @param received received
	 */
	public record MonthBalance(YearMonth month, long given, long received) {
	}

}
