package org.firststep.platform.web;

/**
 * Describes a failure for the log without its messages, which may quote what a person
 * typed (a database error can echo a value): exception types and stack frames only.
 */
public final class SafeLogging {

	private static final int FRAMES = 12;

	private static final java.util.regex.Pattern LONG_RANDOM = java.util.regex.Pattern
		.compile("(?=.*[0-9_-])[A-Za-z0-9_%-]{16,}");

	private SafeLogging() {
	}

	/**
	 * A request path fit for the log: a segment that could be a secret (the token of an
	 * invitation, a fresh start or a sign-up, anything long and random-looking) becomes
	 * {@code ***}.
	 */
	public static String path(String uri) {
		if (uri == null) {
			return "";
		}
		String[] segments = uri.split("/", -1);
		for (int i = 0; i < segments.length; i++) {
			boolean afterTokenRoute = i > 0 && (segments[i - 1].equals("invitations") || segments[i - 1].equals("reset")
					|| segments[i - 1].equals("confirm"));
			if ((afterTokenRoute && !segments[i].isEmpty()) || LONG_RANDOM.matcher(segments[i]).matches()) {
				segments[i] = "***";
			}
		}
		return String.join("/", segments);
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
