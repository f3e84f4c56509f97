package org.tradekit.gs1;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The link a lot's (or a serialised item's) QR code carries, on the cooperative's traceability domain.
 * With a GTIN it is a GS1 Digital Link, {@code https://{domain}/01/{GTIN-14}/10/{lot}[/21/{serial}][?17=YYMMDD]};
 * a product without a GTIN gets the fallback {@code https://{domain}/p/{code}/10/{lot}...} with the
 * same qualifiers and query attributes (docs/decisions/0008). Every part is checked when the link
 * is made, so a link that exists is one the standard allows.
 *
 * @param domain the host, lower case; null only for links read from an element string, which has none
 * @param gtin the product's GTIN, or null when {@code productCode} identifies it
 * @param productCode the SKU (or another stable code) of a product without a GTIN: URI-unreserved
 *        characters only ({@link #isLinkableCode}), so it needs no escaping in paths and file names
 */
public record ProductLink(String domain, Gtin gtin, String productCode, String lot, String serial, LocalDate expiry,
        LocalDate bestBefore, LocalDate productionDate) {
    /** The path segment that introduces a product code in the fallback form. */
    public static final String FALLBACK_SEGMENT = "p";
    public static final int MAX_PRODUCT_CODE = 64;
    private static final Pattern HOST = Pattern.compile(
            "(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._~-]{1," + MAX_PRODUCT_CODE + "}");

    public ProductLink {
        if (domain != null) {
            domain = domain.strip().toLowerCase(Locale.ROOT);
            if (!HOST.matcher(domain).matches()) {
                throw new Gs1Exception("gs1.link.error.domain", domain);
            }
        }
        if (gtin != null) {
            gtin = new Gtin(gtin.gtin14()); // one form, so links read back equal the links made
        }
        if ((gtin == null) == (productCode == null)) {
            throw new Gs1Exception("gs1.link.error.noProduct");
        }
        if (productCode != null && !isLinkableCode(productCode)) {
            throw new Gs1Exception("gs1.link.error.productCode", productCode, MAX_PRODUCT_CODE);
        }
        lot = emptyToNull(lot);
        serial = emptyToNull(serial);
        if (lot != null) {
            checkCode("10", lot, "gs1.link.error.lotCharacter", "gs1.link.error.lotTooLong");
        }
        if (serial != null) {
            checkCode("21", serial, "gs1.link.error.serialCharacter", "gs1.link.error.serialTooLong");
        }
        for (LocalDate d : new LocalDate[] {expiry, bestBefore, productionDate}) {
            if (d != null && (d.getYear() < 2000 || d.getYear() > 2099)) {
                throw new Gs1Exception("gs1.error.dateOutOfRange", d.toString());
            }
        }
    }

    public static ProductLink of(String domain, Gtin gtin) {
        return new ProductLink(domain, gtin, null, null, null, null, null, null);
    }

    public static ProductLink ofProductCode(String domain, String productCode) {
        return new ProductLink(domain, null, productCode, null, null, null, null, null);
    }

    /** Whether a SKU can stand in the fallback path as it is (else use the product's id). */
    public static boolean isLinkableCode(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    public ProductLink withLot(String newLot) {
        return new ProductLink(domain, gtin, productCode, newLot, serial, expiry, bestBefore, productionDate);
    }

    public ProductLink withSerial(String newSerial) {
        return new ProductLink(domain, gtin, productCode, lot, newSerial, expiry, bestBefore, productionDate);
    }

    /** Use-by or expiry date, AI (17). */
    public ProductLink withExpiry(LocalDate date) {
        return new ProductLink(domain, gtin, productCode, lot, serial, date, bestBefore, productionDate);
    }

    /** Best-before date, AI (15). */
    public ProductLink withBestBefore(LocalDate date) {
        return new ProductLink(domain, gtin, productCode, lot, serial, expiry, date, productionDate);
    }

    /** Production date, AI (11). */
    public ProductLink withProductionDate(LocalDate date) {
        return new ProductLink(domain, gtin, productCode, lot, serial, expiry, bestBefore, date);
    }

    public boolean isDigitalLink() {
        return gtin != null;
    }

    /** The AI data: (01) when there is a GTIN, then (10), (21) and the dates. */
    public List<AiElement> elements() {
        List<AiElement> out = new ArrayList<>();
        if (gtin != null) {
            out.add(new AiElement("01", gtin.gtin14()));
        }
        if (lot != null) {
            out.add(new AiElement("10", lot));
        }
        if (serial != null) {
            out.add(new AiElement("21", serial));
        }
        addDate(out, "17", expiry);
        addDate(out, "15", bestBefore);
        addDate(out, "11", productionDate);
        return out;
    }

    /** The URI to print in the QR code. */
    public String uri() {
        if (domain == null) {
            throw new Gs1Exception("gs1.link.error.noDomain");
        }
        String stem = "https://" + domain;
        List<AiElement> elements = elements();
        if (gtin != null) {
            AiValidator.gs1().check(elements, false);
            return DigitalLinkGenerator.gs1().generate(stem, elements).toUri();
        }
        StringBuilder sb = new StringBuilder(stem).append('/').append(FALLBACK_SEGMENT).append('/').append(productCode);
        char sep = '?';
        StringBuilder query = new StringBuilder();
        for (AiElement e : elements) {
            if (e.ai().equals("10") || e.ai().equals("21")) {
                sb.append('/').append(e.ai()).append('/').append(PercentEncoding.escape(e.value(), false));
            } else {
                query.append(sep).append(e.ai()).append('=').append(e.value());
                sep = '&';
            }
        }
        return sb.append(query).toString();
    }

    /** Reads a link, element string or scanned code back; see {@link ProductLinkParser}. */
    public static ProductLink parse(String text, Clock clock) {
        return new ProductLinkParser(clock).parse(text, null);
    }

    /** As {@link #parse(String, Clock)}, refusing a link to another domain than the cooperative's. */
    public static ProductLink parse(String text, String expectedDomain, Clock clock) {
        return new ProductLinkParser(clock).parse(text, expectedDomain);
    }

    private static void addDate(List<AiElement> out, String ai, LocalDate date) {
        if (date != null) {
            out.add(new AiElement(ai, String.format("%02d%02d%02d", date.getYear() % 100, date.getMonthValue(),
                    date.getDayOfMonth())));
        }
    }

    private static void checkCode(String ai, String value, String characterKey, String lengthKey) {
        int bad = Cset.firstOutside(value, Cset.CSET82);
        if (bad >= 0) {
            throw new Gs1Exception(characterKey, value, new String(Character.toChars(value.codePointAt(bad))));
        }
        if (value.length() > 20) {
            throw new Gs1Exception(lengthKey, value, value.length());
        }
        AiValidator.gs1().checkValue(AiValidator.gs1().entry(ai, false), value);
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
