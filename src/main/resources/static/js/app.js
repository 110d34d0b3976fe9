// FirstStep's one script. Every page works without it; it only makes a few things quicker.
(function () {
	"use strict";

	// Quick exit: leave at once and replace this page in the history, so "back" does not return here.
	document.querySelectorAll("[data-quick-exit]").forEach(function (link) {
		link.addEventListener("click", function (event) {
			event.preventDefault();
			document.body.hidden = true;
			window.location.replace(link.href);
		});
	});

	// Sign-up: a first guess at the time zone, from the browser.
	document.querySelectorAll("[data-browser-time-zone]").forEach(function (field) {
		if (!field.value) {
			try {
				field.value = Intl.DateTimeFormat().resolvedOptions().timeZone || "";
			} catch (ignored) {
				// Older browsers: the server falls back to UTC and the person can change it.
			}
		}
	});

	// Print buttons appear only where printing can be started from the page.
	document.querySelectorAll("[data-print]").forEach(function (button) {
		button.hidden = false;
		button.addEventListener("click", function () { window.print(); });
	});
})();
