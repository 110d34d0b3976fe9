/**
 * Safety net: the crisis-language detector that looks at every free text a person saves
 * and the public {@code POST /api/v1/safety/check}. It depends on nothing else, so that
 * every feature can use it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Safety net")
package org.firststep.safetynet;
