/**
 * The support network: the people and services a person can turn to, what each is good
 * for, how safe they feel to ask, and the safest one for a need. Names, relations, ways
 * to reach them and notes are sealed through privacy. Uses accounts, privacy and the
 * platform.
 */
@org.springframework.modulith.ApplicationModule(displayName = "People")
package org.firststep.people;
