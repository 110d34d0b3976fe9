/**
 * Technical plumbing shared by every feature: persistence, security and the web layer. It
 * imports no feature; features plug into it through the interfaces it declares.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform",
		type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.firststep.platform;
