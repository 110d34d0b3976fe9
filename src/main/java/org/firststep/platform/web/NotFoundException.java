package org.firststep.platform.web;

/**
 * Nothing the caller may see exists under that id. Also used for what exists but belongs
 * to someone else, so that ids never leak.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException() {
		super("not found", null, false, false);
	}

}
