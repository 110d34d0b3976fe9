/**
 * Self-assessments: the PHQ-9, GAD-7 and PHQ-2 with their published wording, scores and
 * bands, and the self-harm item that brings the crisis card first. Answers are sealed.
 * Uses privacy, safety and the platform.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Self-assessments", allowedDependencies = { "privacy",
		"safety", "platform :: persistence", "platform :: security", "platform :: web" })
package org.firststep.assessments;
