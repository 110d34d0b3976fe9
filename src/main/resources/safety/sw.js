// FirstStep's service worker. It keeps one thing on the device: the crisis card at /help
// (with the signed-in person's plan) and the few files it needs, so that help opens
// without a network. Everything else goes to the network as usual and is never stored.
"use strict";

var CACHE = "firststep-offline-/*VERSION*/";
var ASSETS = [/*ASSETS*/];
var CARD = "/help";

function keepCard(cache) {
	return fetch(CARD, { credentials: "same-origin", cache: "no-store" }).then(function (response) {
		return response.ok ? cache.put(CARD, response) : undefined;
	});
}

function refresh() {
	return caches.open(CACHE).then(function (cache) {
		return Promise.all([cache.addAll(ASSETS), keepCard(cache)]);
	});
}

function forget() {
	return caches.keys().then(function (names) {
		return Promise.all(names.filter(function (name) {
			return name.indexOf("firststep-") === 0;
		}).map(function (name) {
			return caches.delete(name);
		}));
	});
}

self.addEventListener("install", function (event) {
	event.waitUntil(refresh().then(function () { return self.skipWaiting(); }));
});

self.addEventListener("activate", function (event) {
	event.waitUntil(caches.keys().then(function (names) {
		return Promise.all(names.filter(function (name) {
			return name.indexOf("firststep-") === 0 && name !== CACHE;
		}).map(function (name) {
			return caches.delete(name);
		}));
	}).then(function () { return self.clients.claim(); }));
});

self.addEventListener("message", function (event) {
	if (event.data === "refresh") {
		event.waitUntil(refresh());
	}
	// After signing out, a copy that holds someone's plan leaves the device.
	if (event.data === "signed-out") {
		event.waitUntil(caches.open(CACHE).then(function (cache) {
			return cache.match(CARD);
		}).then(function (card) {
			if (card && card.headers.get("FirstStep-Personal")) {
				return forget().then(refresh);
			}
		}));
	}
});

self.addEventListener("fetch", function (event) {
	var request = event.request;
	if (request.method !== "GET") {
		return;
	}
	var url = new URL(request.url);
	if (url.origin !== self.location.origin) {
		return;
	}
	if (ASSETS.indexOf(url.pathname) >= 0) {
		event.respondWith(caches.match(url.pathname).then(function (kept) {
			return kept || fetch(request);
		}));
		return;
	}
	if (request.mode === "navigate") {
		// The network first, always; the kept card only when there is no network.
		event.respondWith(fetch(request).then(function (response) {
			if (url.pathname === CARD && url.search === "" && response.ok) {
				var copy = response.clone();
				caches.open(CACHE).then(function (cache) { return cache.put(CARD, copy); });
			}
			return response;
		}).catch(function () {
			return caches.match(CARD).then(function (kept) {
				return kept || Response.error();
			});
		}));
	}
});
