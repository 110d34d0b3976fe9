/**
 * The guide for friends and family: short pages, in our own words, on supporting someone
 * who finds it hard to ask for help. Public, so that anyone can read it. Uses the
 * platform.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Guide", allowedDependencies = { "platform :: security" })
package org.firststep.guide;
