package org.firststep.supporters;

import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import org.firststep.asks.SupporterAnswers;

/**
 * What a supporter answered to one of the person's asks, opened from the shared copy for
 * the person's own ask page.
 */
@Component
class SupporterAnswerReader implements SupporterAnswers {

	private final SupporterRepository repository;

	private final Copies copies;

	SupporterAnswerReader(SupporterRepository repository, Copies copies) {
		this.repository = repository;
		this.copies = copies;
	}

	@Override
	public Optional<Answer> answerTo(String accountId, String askId) {
		for (SupporterLink link : this.repository.linksOfOwner(accountId)) {
			var item = this.repository.sharedItem(link.id(), CopyKind.ASK, askId);
			if (item.isPresent() && item.get().answer() != null) {
				Map<String, Object> answer = this.copies.open(this.copies.ownerKey(link), link, Copies.ANSWER,
						CopyKind.ASK, askId, item.get().answer());
				return Optional.of(new Answer(SupporterAnswer.of((String) answer.get("answer")).apiName(),
						(String) answer.get("message")));
			}
		}
		return Optional.empty();
	}

}
