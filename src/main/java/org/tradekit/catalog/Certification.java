package org.tradekit.catalog;

import java.time.LocalDate;

/**
 * One certification a product holds. The scheme is the canonical name when known
 * (see {@link CertificationScheme}), otherwise the name the user gave (e.g. "Fairtrade").
 */
public record Certification(String id, String scheme, String number, LocalDate expiry) {

    public static Certification of(String schemeText, String number, LocalDate expiry) {
        String scheme = CertificationScheme.parse(schemeText).map(CertificationScheme::label).orElse(schemeText.strip());
        return new Certification(null, scheme, number, expiry);
    }

    public boolean expiredOn(LocalDate day) {
        return expiry != null && expiry.isBefore(day);
    }
}
