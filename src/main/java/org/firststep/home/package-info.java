/**
 * The home page: a calm welcome for visitors, and for signed-in people the one place
 * later capabilities add their next small step to. Uses accounts and the platform.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Home")
package org.firststep.home;
