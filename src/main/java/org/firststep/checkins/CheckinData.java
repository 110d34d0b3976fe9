package org.firststep.checkins;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import org.firststep.platform.web.ConflictException;
import org.firststep.platform.web.FieldMessage;
import org.firststep.platform.web.InvalidInputException;
import org.firststep.platform.web.StorableTime;
import org.firststep.privacy.PersonalData;

/** Check-ins in the person's export and import. */
@Component
class CheckinData implements PersonalData {

	private final CheckinService checkins;

	private final CheckinRepository repository;

	CheckinData(CheckinService checkins, CheckinRepository repository) {
		this.checkins = checkins;
		this.repository = repository;
	}

	@Override
	public String kind() {
		return "checkins";
	}

	@Override
	public List<Map<String, Object>> export(String accountId) {
		return this.repository.findAll(accountId).stream().map((checkin) -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("id", checkin.id());
			row.put("date", checkin.day().toString());
			row.put("mood", checkin.mood());
			row.put("energy", checkin.energy());
			row.put("sleepHours", checkin.sleepHours());
			row.put("signs", checkin.signs().stream().map(Sign::apiName).toList());
			row.put("note", checkin.note());
			row.put("updatedAt", checkin.updatedAt().toString());
			return row;
		}).toList();
	}

	@Override
	public void restore(String accountId, List<Map<String, Object>> rows) {
		for (Map<String, Object> row : rows) {
			Checkin checkin;
			try {
				int mood = ((Number) row.get("mood")).intValue();
				Integer energy = (row.get("energy") instanceof Number number) ? number.intValue() : null;
				Double sleep = (row.get("sleepHours") instanceof Number number) ? number.doubleValue() : null;
				if (mood < 0 || mood > 10 || (energy != null && (energy < 0 || energy > 10))
						|| (sleep != null && (sleep < 0 || sleep > 24))) {
					throw new IllegalArgumentException("out of range");
				}
				Set<Sign> signs = EnumSet.noneOf(Sign.class);
				((List<?>) row.get("signs")).stream()
					.map((sign) -> Sign.of(String.valueOf(sign)).orElseThrow())
					.forEach(signs::add);
				Object note = row.get("note");
				checkin = new Checkin(String.valueOf(row.get("id")), StorableTime.day(String.valueOf(row.get("date"))),
						mood, energy, sleep, signs, (note != null) ? note.toString() : null,
						StorableTime.instant(String.valueOf(row.get("updatedAt"))));
			}
			catch (RuntimeException ex) {
				throw new InvalidInputException(new FieldMessage("data.checkins", "import.data"));
			}
			if (this.repository.exists(checkin.id()) || this.checkins.onDay(accountId, checkin.day()).isPresent()) {
				throw new ConflictException("import.alreadyHere");
			}
			this.repository.insert(accountId, checkin, checkin.updatedAt().toEpochMilli());
		}
	}

	@Override
	public boolean isEmpty(String accountId) {
		return !this.repository.any(accountId);
	}

	@Override
	public void erase(String accountId) {
		this.repository.deleteAll(accountId);
	}

}
