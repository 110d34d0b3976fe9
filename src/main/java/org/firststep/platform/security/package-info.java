/**
 * Who is signed in, and how: sessions, API tokens, the current account, passwords and the
 * limits on guessing them.
 */
@org.springframework.modulith.NamedInterface("security")
package org.firststep.platform.security;
