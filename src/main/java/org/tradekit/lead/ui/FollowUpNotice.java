package org.tradekit.lead.ui;

/** A message for the user, as a bundle key and its arguments (the view translates it); error ones are shown as such. */
public record FollowUpNotice(String key, boolean error, Object... args) {
}
