package org.tradekit.catalog.io;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.tradekit.catalog.Certification;

/**
 * The {@code certifications} cell: certifications separated by {@code ;} or {@code |}, each
 * {@code scheme[:number[:expiry]]}, e.g. {@code VietGAP:VG-123:2027-01-31; HACCP; Organic::31/12/2026}.
 * Known schemes are written the canonical way (VietGAP, GlobalG.A.P., ...); others as given. A number
 * cannot hold {@code :}, {@code ;} or {@code |}.
 */
final class CertificationCell {
    private static final Pattern SEPARATOR = Pattern.compile("[;|]");

    private CertificationCell() {
    }

    static List<Certification> parse(String text) throws BadValue {
        List<Certification> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String part : SEPARATOR.split(ValueParser.plainText(text))) {
            if (part.isBlank()) {
                continue;
            }
            String[] bits = part.split(":", 3);
            String scheme = bits[0].strip();
            if (scheme.isEmpty()) {
                throw new BadValue("catalog.error.certificationScheme");
            }
            String number = bits.length > 1 && !bits[1].isBlank() ? bits[1].strip() : null;
            LocalDate expiry = bits.length > 2 && !bits[2].isBlank() ? ValueParser.date(bits[2]) : null;
            out.add(Certification.of(scheme, number, expiry));
        }
        return out;
    }

    static String format(List<Certification> certs) {
        StringBuilder sb = new StringBuilder();
        for (Certification c : certs) {
            if (sb.length() > 0) {
                sb.append("; ");
            }
            sb.append(c.scheme());
            if (c.number() != null || c.expiry() != null) {
                sb.append(':').append(c.number() == null ? "" : c.number());
            }
            if (c.expiry() != null) {
                sb.append(':').append(c.expiry());
            }
        }
        return sb.toString();
    }
}
