package org.firststep.host;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import org.firststep.accounts.Account;
import org.firststep.accounts.HostAdmins;
import org.firststep.platform.mail.Outbox;
import org.firststep.platform.security.CurrentAccount;
import org.firststep.platform.web.NotFoundException;

/**
 * {@code /host/outbox}: the e-mails FirstStep wrote to the outbox folder because no SMTP
 * server is configured, newest first, each opened with its links clickable, so that the
 * host can pass sign-up and fresh-start links on. For the host's administrators only;
 * anyone else gets the page for what does not exist.
 */
@Controller
class OutboxController {

	/** The most the list shows; it says how many more there are. */
	static final int SHOWN = 200;

	private final HostAdmins admins;

	private final Outbox outbox;

	OutboxController(HostAdmins admins, Outbox outbox) {
		this.admins = admins;
		this.outbox = outbox;
	}

	@GetMapping("/host/outbox")
	String list(@AuthenticationPrincipal CurrentAccount me, Model model) {
		Account admin = this.admins.admin(me).orElseThrow(NotFoundException::new);
		model.addAttribute("zone", admin.timeZone());
		model.addAttribute("inUse", this.outbox.inUse());
		if (this.outbox.inUse()) {
			Outbox.Listing listing = this.outbox.newest(SHOWN);
			model.addAttribute("mails",
					listing.entries()
						.stream()
						.map((entry) -> new OutboxLine(entry.name(), entry.writtenAt(), entry.to(), entry.subject(),
								entry.readable()))
						.toList());
			model.addAttribute("total", listing.total());
		}
		return "host/outbox";
	}

	@GetMapping("/host/outbox/{file}")
	String mail(@AuthenticationPrincipal CurrentAccount me, @PathVariable String file, Model model) {
		Account admin = this.admins.admin(me).orElseThrow(NotFoundException::new);
		Outbox.Letter letter = this.outbox.open(file).orElseThrow(NotFoundException::new);
		model.addAttribute("zone", admin.timeZone());
		model.addAttribute("mail", new OutboxMail(letter.name(), letter.from(), letter.to(), letter.subject(),
				letter.date(), TextPart.split(letter.text().replace("\r\n", "\n"))));
		return "host/mail";
	}

}
