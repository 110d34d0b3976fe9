/**
 * The web layer every feature's pages and API use: pages and forms, errors and problems,
 * input checks, languages and the Idempotency-Key.
 */
@org.springframework.modulith.NamedInterface("web")
package org.firststep.platform.web;
