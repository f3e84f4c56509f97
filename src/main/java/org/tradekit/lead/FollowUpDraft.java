package org.tradekit.lead;

/**
 * A follow-up email to one lead, written in its language: to the lead's address (null when it has
 * none), from the cooperative's (null when the profile has none), subject and body. The body's
 * lines end with a bare line feed; the .eml and mailto: writers give them the CRLF mail wants.
 */
public record FollowUpDraft(String leadId, String lang, String toName, String to, String fromName, String from,
        String subject, String body) {
}
