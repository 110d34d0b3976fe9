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

	// Copy buttons: the words of an ask to the clipboard, for apps FirstStep cannot open.
	document.querySelectorAll("[data-copy]").forEach(function (button) {
		var source = document.getElementById(button.getAttribute("data-copy"));
		if (!source || !navigator.clipboard) {
			return;
		}
		button.hidden = false;
		button.addEventListener("click", function () {
			navigator.clipboard.writeText(source.textContent.trim()).then(function () {
				button.setAttribute("aria-pressed", "true");
			});
		});
	});

	// The clarity check, live while writing: the same rules the server applies on saving.
	document.querySelectorAll("[data-clarity]").forEach(function (field) {
		var box = document.getElementById("clarity");
		var token = (document.cookie.match(/(?:^|; )XSRF-TOKEN=([^;]*)/) || [])[1];
		var timer;
		field.addEventListener("input", function () {
			clearTimeout(timer);
			timer = setTimeout(function () {
				fetch("/asks/clarity", {
					method: "POST",
					headers: { "Content-Type": "application/x-www-form-urlencoded", "X-XSRF-TOKEN": decodeURIComponent(token || "") },
					body: "message=" + encodeURIComponent(field.value)
				}).then(function (response) {
					return response.ok ? response.text() : null;
				}).then(function (html) {
					if (html !== null && box) {
						box.innerHTML = html;
					}
				}).catch(function () { /* offline: the check runs again on saving */ });
			}, 400);
		});
	});

	// Offline help: a service worker keeps the crisis card (and the signed-in person's plan)
	// on the device. After signing out, or after changing the plan, it is told so.
	if ("serviceWorker" in navigator) {
		navigator.serviceWorker.register("/sw.js").then(function () {
			return navigator.serviceWorker.ready;
		}).then(function (registration) {
			var message = document.body.getAttribute("data-signed-in") === "false" ? "signed-out"
				: document.querySelector("[data-refresh-offline]") ? "refresh" : null;
			if (message && registration.active) {
				registration.active.postMessage(message);
			}
		}).catch(function () { /* no offline copy: the card still works online */ });
	}

	// Drafts: what is typed in a journal entry stays in this browser until the server has
	// it, through a reload, a lost connection or an expired session; the page after a save
	// names the draft to forget. After signing out, every draft leaves the device.
	var account = document.body.getAttribute("data-account");
	var drafts = null;
	try {
		drafts = window.localStorage;
	} catch (ignored) {
		// Storage switched off: the form still works, without drafts.
	}
	if (drafts) {
		if (document.querySelector("[data-forget-drafts]")) {
			Object.keys(drafts).filter(function (key) {
				return key.indexOf("firststep-draft:") === 0;
			}).forEach(function (key) { drafts.removeItem(key); });
		}
		if (account) {
			document.querySelectorAll("[data-draft-saved]").forEach(function (saved) {
				drafts.removeItem("firststep-draft:" + account + ":" + saved.getAttribute("data-draft-saved"));
			});
			document.querySelectorAll("textarea[data-draft]").forEach(function (field) {
				var key = "firststep-draft:" + account + ":" + field.getAttribute("data-draft");
				var kept = drafts.getItem(key);
				if (kept && kept !== field.value) {
					field.value = kept;
					var notice = document.querySelector("[data-draft-restored]");
					if (notice) {
						notice.hidden = false;
					}
				}
				field.addEventListener("input", function () {
					try {
						drafts.setItem(key, field.value);
					} catch (full) {
						// Storage full: the draft is not kept, the form still saves.
					}
				});
			});
		}
	}

	// The message coach, live while a supporter writes: it only suggests, and the words
	// are sent only when they press the button.
	document.querySelectorAll("[data-coach]").forEach(function (field) {
		var box = document.getElementById(field.getAttribute("data-coach"));
		var token = (document.cookie.match(/(?:^|; )XSRF-TOKEN=([^;]*)/) || [])[1];
		var timer;
		field.addEventListener("input", function () {
			clearTimeout(timer);
			timer = setTimeout(function () {
				fetch("/api/v1/coach", {
					method: "POST",
					headers: { "Content-Type": "application/json", "X-XSRF-TOKEN": decodeURIComponent(token || "") },
					body: JSON.stringify({ message: field.value, lang: document.documentElement.lang })
				}).then(function (response) {
					return response.ok ? response.json() : null;
				}).then(function (answer) {
					if (!answer || !box) {
						return;
					}
					box.textContent = "";
					answer.flags.forEach(function (flag) {
						var item = document.createElement("p");
						item.className = "hint";
						var phrase = document.createElement("strong");
						// Quote marks as the page's language writes them (« » in Spanish).
						phrase.textContent = (document.documentElement.lang === "es" ? "«" + flag.phrase + "» " : "“" + flag.phrase + "” ");
						item.appendChild(phrase);
						item.appendChild(document.createTextNode(flag.suggestion));
						box.appendChild(item);
					});
				}).catch(function () { /* offline: no suggestions */ });
			}, 500);
		});
	});

	// Print buttons appear only where printing can be started from the page.
	document.querySelectorAll("[data-print]").forEach(function (button) {
		button.hidden = false;
		button.addEventListener("click", function () { window.print(); });
	});
})();
