package org.firststep.platform.web;

/**
 * Checks where a form may send the person back to: only paths on this site, never another
 * origin (no open redirects).
 */
public final class ReturnPaths {

	private ReturnPaths() {
	}

	/**
	 * The path if it is one of this site's, in printable ASCII (a redirect's
	 * {@code Location} cannot carry anything else), or else the home page.
	 */
	public static String safe(String path) {
		if (path == null || !path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")
				|| !printableAscii(path)) {
			return "/";
		}
		return path;
	}

	private static boolean printableAscii(String path) {
		for (int i = 0; i < path.length(); i++) {
			if (path.charAt(i) <= ' ' || path.charAt(i) > '~') {
				return false;
			}
		}
		return true;
	}

}
