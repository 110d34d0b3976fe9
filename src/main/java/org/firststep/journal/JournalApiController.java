package org.firststep.journal;

import java.net.URI;
import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.firststep.platform.security.CurrentAccount;
import org.firststep.platform.web.Paged;
import org.firststep.safetynet.CrisisLanguage;
import org.firststep.safetynet.SafetyLevel;

/** {@code /api/v1/journal}: entries, and {@code ?q=} to search one's own. */
@RestController
class JournalApiController {

	private final JournalService journal;

	private final CrisisLanguage crisisLanguage;

	JournalApiController(JournalService journal, CrisisLanguage crisisLanguage) {
		this.journal = journal;
		this.crisisLanguage = crisisLanguage;
	}

	@GetMapping("/api/v1/journal")
	Paged<EntryResponse> list(@AuthenticationPrincipal CurrentAccount me,
			@RequestParam(name = "q", required = false) String query,
			@RequestParam(name = "limit", required = false) Integer limit,
			@RequestParam(name = "cursor", required = false) String cursor) {
		// A search reads sealed text, which only memory can: it opens a bounded run of
		// entries, and its next cursor goes on from the last one it looked through.
		Paged<JournalEntry> page = (query == null || query.isBlank()) ? Paged.read(limit, cursor,
				(after, count) -> this.journal.page(me.id(), after, count), JournalEntry::id)
				: this.journal.search(me.id(), query, cursor, Paged.size(limit)).page();
		return page.map((entry) -> EntryResponse.of(entry, null));
	}

	@PostMapping("/api/v1/journal")
	ResponseEntity<EntryResponse> add(@AuthenticationPrincipal CurrentAccount me,
			@Validated({ Default.class, JournalRequest.Adding.class }) @RequestBody JournalRequest body) {
		JournalEntry entry = this.journal.add(me.id(), body.text(), body.mood());
		return ResponseEntity.created(URI.create("/api/v1/journal/" + entry.id()))
			.body(EntryResponse.of(entry, this.crisisLanguage.level(entry.text())));
	}

	@GetMapping("/api/v1/journal/{id}")
	EntryResponse get(@AuthenticationPrincipal CurrentAccount me, @PathVariable String id) {
		return EntryResponse.of(this.journal.get(me.id(), id), null);
	}

	@PatchMapping("/api/v1/journal/{id}")
	EntryResponse change(@AuthenticationPrincipal CurrentAccount me, @PathVariable String id,
			@Validated @RequestBody JournalRequest body) {
		JournalEntry current = this.journal.get(me.id(), id);
		JournalEntry entry = this.journal.change(me.id(), id,
				(body.text() != null && !body.text().isBlank()) ? body.text() : current.text(),
				(body.mood() != null) ? body.mood() : current.mood());
		return EntryResponse.of(entry, this.crisisLanguage.level(entry.text()));
	}

	@DeleteMapping("/api/v1/journal/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void remove(@AuthenticationPrincipal CurrentAccount me, @PathVariable String id) {
		this.journal.remove(me.id(), id);
	}

	/**
	 * An entry as the API shows it.
	 *
	 * @param safetyConcern on a save, whether the safety net noticed anything in the text
	 * (true at both levels)
	 * @param safetyLevel on a save, {@code none}, {@code concern} (a strong risk signal
	 * such as feeling a burden) or {@code crisis} (words of self-harm or suicide)
	 */
	record EntryResponse(String id, String text, Integer mood, Instant createdAt, Instant updatedAt,
			@JsonInclude(JsonInclude.Include.NON_NULL) Boolean safetyConcern,
			@JsonInclude(JsonInclude.Include.NON_NULL) String safetyLevel) {

		/** The entry; with a level on a save, null on reads. */
		static EntryResponse of(JournalEntry entry, SafetyLevel safety) {
			return new EntryResponse(entry.id(), entry.text(), entry.mood(), entry.createdAt(), entry.updatedAt(),
					(safety != null) ? safety.raised() : null, (safety != null) ? safety.apiName() : null);
		}

	}

}
