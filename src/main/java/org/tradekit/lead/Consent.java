package org.tradekit.lead;

/**
 * The visitor's consent to keep their data: what for, the exact text they agreed to and its
 * version, and who took it (null: the lead's staff member). The time is the save's.
 */
public record Consent(String purpose, String text, String textVersion, String staff) {
}
