package org.tradekit.lead.card;

import java.util.List;
import java.util.Objects;

/**
 * What a visitor's business card or badge said, read from its QR payload. Immutable. The raw
 * payload and its detected format are always present, whatever could or could not be read, so
 * nothing the visitor gave is lost; {@code problems} says what went wrong in words.
 *
 * @param country ISO 3166 alpha-2 code when the address's country was recognisable, else null
 */
public record CardData(
        String formattedName,
        String givenName,
        String familyName,
        String organisation,
        String jobTitle,
        List<String> emails,
        List<CardPhone> phones,
        List<String> websites,
        List<MessagingHandle> handles,
        String address,
        String country,
        String note,
        String rawPayload,
        CardFormat format,
        List<CardProblem> problems) {

    public CardData {
        Objects.requireNonNull(rawPayload, "rawPayload");
        Objects.requireNonNull(format, "format");
        emails = List.copyOf(emails);
        phones = List.copyOf(phones);
        websites = List.copyOf(websites);
        handles = List.copyOf(handles);
        problems = List.copyOf(problems);
    }

    /** The name to show: the formatted name, else given + family, else null. */
    public String displayName() {
        if (formattedName != null) {
            return formattedName;
        }
        String joined = ((givenName == null ? "" : givenName) + " " + (familyName == null ? "" : familyName)).strip();
        return joined.isEmpty() ? null : joined;
    }
}
