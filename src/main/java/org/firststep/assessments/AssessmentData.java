package org.firststep.assessments;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import org.firststep.platform.web.ConflictException;
import org.firststep.platform.web.FieldMessage;
import org.firststep.platform.web.InvalidInputException;
import org.firststep.platform.web.StorableTime;
import org.firststep.privacy.PersonalData;

/** Self-assessments in the person's export and import. */
@Component
class AssessmentData implements PersonalData {

	private final AssessmentService assessments;

	private final AssessmentRepository repository;

	AssessmentData(AssessmentService assessments, AssessmentRepository repository) {
		this.assessments = assessments;
		this.repository = repository;
	}

	@Override
	public String kind() {
		return "assessments";
	}

	@Override
	public List<Map<String, Object>> export(String accountId) {
		return this.assessments.list(accountId).stream().map((assessment) -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("id", assessment.id());
			row.put("instrument", assessment.instrument().apiName());
			row.put("answers", assessment.answers());
			row.put("difficulty", assessment.difficulty());
			row.put("score", assessment.score());
			row.put("band", assessment.band());
			row.put("takenAt", assessment.takenAt().toString());
			return row;
		}).toList();
	}

	@Override
	public void restore(String accountId, List<Map<String, Object>> rows) {
		for (Map<String, Object> row : rows) {
			Assessment assessment;
			try {
				Instrument instrument = Instrument.of(String.valueOf(row.get("instrument"))).orElseThrow();
				List<Integer> answers = ((List<?>) row.get("answers")).stream()
					.map((answer) -> ((Number) answer).intValue())
					.toList();
				Integer difficulty = (row.get("difficulty") instanceof Number number) ? number.intValue() : null;
				this.assessments.check(new Answers(instrument, answers, difficulty),
						(path) -> "data.assessments." + path);
				assessment = new Assessment(String.valueOf(row.get("id")), instrument, answers, difficulty,
						StorableTime.instant(String.valueOf(row.get("takenAt"))));
			}
			catch (InvalidInputException ex) {
				throw ex;
			}
			catch (RuntimeException ex) {
				throw new InvalidInputException(new FieldMessage("data.assessments", "import.data"));
			}
			if (this.repository.exists(assessment.id())) {
				throw new ConflictException("import.alreadyHere");
			}
			this.repository.insert(accountId, assessment);
		}
	}

	@Override
	public boolean isEmpty(String accountId) {
		return this.assessments.isEmpty(accountId);
	}

	@Override
	public void erase(String accountId) {
		this.repository.deleteAll(accountId);
	}

}
