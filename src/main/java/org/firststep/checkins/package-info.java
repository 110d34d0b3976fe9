/**
 * Check-ins: one a day, a mood from 0 to 10 in one tap from home, and if the person
 * wants, energy, sleep, signs of pulling away and a note, all sealed. Uses accounts,
 * privacy, the safety net and the platform.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Check-ins")
package org.firststep.checkins;
