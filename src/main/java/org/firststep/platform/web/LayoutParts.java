package org.firststep.platform.web;

/**
 * What a feature asks the shared layout and tags to show, as model attributes, so that
 * they name no feature's type: the feature sets the attribute, and its own template draws
 * what it set.
 */
public final class LayoutParts {

	/**
	 * The calm safety panel above a page's content: set by safety, drawn by
	 * {@code safety/_panel.jte}.
	 */
	public static final String SAFETY_PANEL = "safetyPanel";

	/**
	 * The small note beside a page's confirmation: a flash attribute set by the safety
	 * net, drawn by {@code safety/_note.jte}.
	 */
	public static final String SAFETY_NOTE = "safetyNote";

	/**
	 * The number of unread notifications, a {@code Long}, shown quietly beside the menu:
	 * set by reminders.
	 */
	public static final String NOTIFICATIONS = "notifications.unread";

	private LayoutParts() {
	}

}
