package org.firststep.platform.web;

/**
 * Describes a failure for the log without its messages, which may quote what a person
 * typed (a database error can echo a value): exception types and stack frames only.
 */
public final class SafeLogging {

	private static final int FRAMES = 12;

	private SafeLogging() {
	}

	public static String describe(Throwable failure) {
		StringBuilder text = new StringBuilder();
		Throwable current = failure;
		int depth = 0;
		while (current != null && depth < 5) {
			text.append(depth == 0 ? "" : "\n  caused by ").append(current.getClass().getName());
			StackTraceElement[] frames = current.getStackTrace();
			for (int i = 0; i < Math.min(FRAMES, frames.length); i++) {
				text.append("\n    at ").append(frames[i]);
			}
			current = current.getCause();
			depth++;
		}
		return text.toString();
	}

}
