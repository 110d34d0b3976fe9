package org.firststep.platform.web;

/**
 * Checks where a form may send the person back to: only paths on this site, never another
 * origin (no open redirects).
 */
public final class ReturnPaths {

	private ReturnPaths() {
	}

	public static String safe(String path) {
		if (path == null || !path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")
				|| path.contains("\r") || path.contains("\n")) {
			return "/";
		}
		return path;
	}

}
