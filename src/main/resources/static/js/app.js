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

	// Forms that create something (data-resend) survive a lost connection without being
	// saved twice. The script sends the form itself, with an Idempotency-Key made once for
	// this submission, and sends it again with the same key while the network fails (the
	// server may have saved it and only the answer was lost). Once the server has answered,
	// the browser posts the form as usual with the key in a hidden field; the server gives
	// it its first answer, so the page that follows (and its notices) is the usual one, and
	// a reload of a failed page resends the same key too. Without the script, forms post
	// as always.
	document.querySelectorAll("form[data-resend]").forEach(function (form) {
		var sending = false;
		window.addEventListener("pageshow", function () { sending = false; });
		form.addEventListener("submit", function (event) {
			if (!window.fetch || !window.FormData || !window.URLSearchParams) {
				return;
			}
			event.preventDefault();
			if (sending) {
				return;
			}
			sending = true;
			var key = hiddenField(form, "idempotencyKey", newKey());
			if (event.submitter && event.submitter.name) {
				hiddenField(form, event.submitter.name, event.submitter.value);
			}
			var body = new URLSearchParams(new FormData(form));
			var attempts = 0;
			var send = function () {
				fetch(form.action, {
					method: "POST",
					body: body,
					credentials: "same-origin",
					redirect: "manual",
					headers: { "Idempotency-Key": key }
				}).then(function () {
					form.submit();
				}).catch(function () {
					attempts += 1;
					if (attempts < 5) {
						setTimeout(send, 1000 * Math.pow(2, attempts - 1));
					} else {
						form.submit();
					}
				});
			};
			send();
		});
	});

	function hiddenField(form, name, value) {
		var field = form.querySelector("input[type=hidden][name='" + name + "']");
		if (!field) {
			field = document.createElement("input");
			field.type = "hidden";
			field.name = name;
			form.appendChild(field);
		}
		field.value = value;
		return value;
	}

	function newKey() {
		if (window.crypto && window.crypto.randomUUID) {
			return window.crypto.randomUUID();
		}
		if (window.crypto && window.crypto.getRandomValues) {
			// randomUUID needs HTTPS; getRandomValues does not.
			return Array.prototype.map.call(window.crypto.getRandomValues(new Uint8Array(16)), function (byte) {
				return (byte + 256).toString(16).slice(1);
			}).join("");
		}
		return Date.now().toString(36) + "-" + Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2);
	}

	// Print buttons appear only where printing can be started from the page.
	document.querySelectorAll("[data-print]").forEach(function (button) {
		button.hidden = false;
		button.addEventListener("click", function () { window.print(); });
	});
})();
