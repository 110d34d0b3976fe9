/**
 * Technical plumbing shared by every feature: persistence, security and the web layer. It
 * imports no feature; features plug into it through the interfaces it declares. Each part
 * is a named interface (web, security, persistence, mail) that a feature names in its
 * allowed dependencies. Uses no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", allowedDependencies = {})
package org.firststep.platform;
