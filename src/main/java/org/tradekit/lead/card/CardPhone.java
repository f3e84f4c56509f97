package org.tradekit.lead.card;

/**
 * A phone number as printed on the card ({@code raw}) and, when libphonenumber finds it valid, in
 * E.164 form ({@code e164}, else null). The raw text is always kept: a number we cannot read is
 * still what the visitor gave.
 */
public record CardPhone(String raw, String e164, boolean valid) {
}
