/**
 * Supporters: invitations with scopes, the links between a person and their supporters,
 * and what the person shares over each link (status, asks, offers, the safety plan) as
 * copies sealed under the link's own key. A supporter sees nothing else. Uses accounts,
 * people, asks, safety, privacy, the coach and the platform.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Supporters")
package org.firststep.supporters;
