package org.firststep.privacy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

import org.firststep.platform.web.ConflictException;
import org.firststep.platform.web.FieldMessage;
import org.firststep.platform.web.InvalidInputException;

/**
 * The person's data rights over every feature: one export document, its import into an
 * empty account, and erasing everything private for a fresh start.
 */
@Service
public class PersonalDataService {

	/** The export's {@code format} field. */
	public static final String FORMAT = "firststep-export";

	/**
	 * The export's {@code version} field; bumped when the shape of the document changes.
	 */
	public static final int VERSION = 1;

	private final List<PersonalData> kinds;

	private final TransactionOperations transactions;

	private final Clock clock;

	PersonalDataService(List<PersonalData> kinds, TransactionOperations transactions, Clock clock) {
		this.kinds = kinds.stream().sorted(Comparator.comparingInt(PersonalData::restoreOrder)).toList();
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Everything the person has, in one document. */
	public Map<String, Object> export(String accountId) {
		Map<String, Object> data = new LinkedHashMap<>();
		for (PersonalData kind : this.kinds) {
			data.put(kind.kind(), kind.export(accountId));
		}
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("format", FORMAT);
		document.put("version", VERSION);
		document.put("exportedAt", this.clock.instant().toString());
		document.put("data", data);
		return document;
	}

	/**
	 * The kinds, in restore order, for exports that list them one by one (the CSV files).
	 */
	public List<String> kinds() {
		return this.kinds.stream().map(PersonalData::kind).toList();
	}

	/**
	 * Restores an export into an account that has no data yet, all or nothing.
	 * @throws ConflictException when the account already has data
	 * @throws InvalidInputException when the document is not a FirstStep export
	 */
	@SuppressWarnings("unchecked")
	public void restore(String accountId, Map<String, Object> document) {
		if (!FORMAT.equals(document.get("format"))) {
			throw new InvalidInputException(new FieldMessage("format", "import.format"));
		}
		if (!(document.get("version") instanceof Number version) || version.intValue() != VERSION) {
			throw new InvalidInputException(new FieldMessage("version", "import.version"));
		}
		if (!(document.get("data") instanceof Map<?, ?> data)) {
			throw new InvalidInputException(new FieldMessage("data", "import.data"));
		}
		this.transactions.executeWithoutResult((status) -> {
			if (this.kinds.stream().anyMatch((kind) -> !kind.isEmpty(accountId))) {
				throw new ConflictException("import.notEmpty");
			}
			for (PersonalData kind : this.kinds) {
				Object rows = data.get(kind.kind());
				if (rows == null) {
					continue;
				}
				if (!(rows instanceof List<?> list) || list.stream().anyMatch((row) -> !(row instanceof Map))) {
					throw new InvalidInputException(new FieldMessage("data." + kind.kind(), "import.data"));
				}
				kind.restore(accountId, new ArrayList<>((List<Map<String, Object>>) rows));
			}
		});
	}

	/** Erases every private row of the person, in every feature, in one transaction. */
	public void eraseAll(String accountId) {
		this.transactions.executeWithoutResult((status) -> {
			for (PersonalData kind : this.kinds.reversed()) {
				kind.erase(accountId);
			}
		});
	}

}
