package org.firststep.journal;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.groups.Default;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.firststep.platform.security.CurrentAccount;
import org.firststep.platform.web.InvalidInputException;
import org.firststep.platform.web.Paged;
import org.firststep.safetynet.SafetyNet;

/**
 * The journal pages: write, search, change and delete entries. The form carries a draft
 * key; the browser keeps what is typed until the page after a save confirms it.
 */
@Controller
class JournalController {

	/** Entries on one page. */
	static final int PAGE = 20;

	private final JournalService journal;

	private final SafetyNet safetyNet;

	JournalController(JournalService journal, SafetyNet safetyNet) {
		this.journal = journal;
		this.safetyNet = safetyNet;
	}

	@GetMapping("/journal")
	String journal(@AuthenticationPrincipal CurrentAccount me, @RequestParam(name = "q", required = false) String query,
			@RequestParam(name = "cursor", required = false) String cursor, Model model, HttpServletResponse response) {
		model.addAttribute("entry", new JournalRequest(null, null));
		try {
			return page(me, query, cursor, model);
		}
		catch (InvalidInputException ex) {
			// The entry the link went on from is gone (deleted since): the newest ones.
			response.setStatus(400);
			model.addAttribute("cursorGone", true);
			return page(me, query, null, model);
		}
	}

	@PostMapping("/journal")
	String add(@AuthenticationPrincipal CurrentAccount me,
			@Validated({ Default.class, JournalRequest.Adding.class }) @ModelAttribute("entry") JournalRequest form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes next) {
		if (result.hasErrors()) {
			response.setStatus(400);
			return page(me, null, null, model);
		}
		JournalEntry entry = this.journal.add(me.id(), form.text(), form.mood());
		this.safetyNet.afterSave(next, entry.text());
		return "redirect:/journal?saved=new";
	}

	@GetMapping("/journal/{id}")
	String edit(@AuthenticationPrincipal CurrentAccount me, @PathVariable String id, Model model) {
		JournalEntry entry = this.journal.get(me.id(), id);
		model.addAttribute("entry", new JournalRequest(entry.text(), entry.mood()));
		model.addAttribute("entryId", id);
		return "journal/edit";
	}

	@PostMapping("/journal/{id}")
	String change(@AuthenticationPrincipal CurrentAccount me, @PathVariable String id,
			@Validated({ Default.class, JournalRequest.Adding.class }) @ModelAttribute("entry") JournalRequest form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes next) {
		this.journal.get(me.id(), id);
		if (result.hasErrors()) {
			response.setStatus(400);
			model.addAttribute("entryId", id);
			return "journal/edit";
		}
		JournalEntry entry = this.journal.change(me.id(), id, form.text(), form.mood());
		this.safetyNet.afterSave(next, entry.text());
		return "redirect:/journal?saved=" + id;
	}

	@PostMapping("/journal/{id}/delete")
	String remove(@AuthenticationPrincipal CurrentAccount me, @PathVariable String id) {
		this.journal.remove(me.id(), id);
		return "redirect:/journal?deleted";
	}

	/**
	 * One page of entries, read from the database a page at a time; a search looks
	 * through a bounded run of them. The link to the next page carries the cursor, so it
	 * needs no script.
	 */
	private String page(CurrentAccount me, String query, String cursor, Model model) {
		boolean searching = query != null && !query.isBlank();
		Paged<JournalEntry> page;
		if (searching) {
			JournalService.Found found = this.journal.search(me.id(), query, cursor, PAGE);
			page = found.page();
			model.addAttribute("searched", found.searched());
		}
		else {
			page = Paged.read(PAGE, cursor, (after, count) -> this.journal.page(me.id(), after, count),
					JournalEntry::id);
		}
		model.addAttribute("query", query);
		model.addAttribute("entries", page.items());
		model.addAttribute("next", page.nextLink("/journal", "q", searching ? query : null));
		return "journal/index";
	}

}
