package org.tradekit.lead.io;

import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.tradekit.lead.LeadDraft;

/**
 * The columns of a lead file, named in English as a CRM expects them; the vCard export carries the
 * ones vCard has no property for as {@code X-TRADEKIT-<NAME>}. Codes are the stored ones ("hot",
 * "samples_sent"), times ISO 8601 with their offset, booleans "yes"/"no". Decision 0028.
 */
public enum LeadColumn {
    ID("Lead ID", r -> r.lead().id()),
    NAME("Name", r -> f(r).name()),
    COMPANY("Company", r -> f(r).company()),
    JOB_TITLE("Job title", r -> f(r).jobTitle()),
    COUNTRY("Country", r -> f(r).country()),
    EMAIL("Email", r -> f(r).email()),
    PHONE("Phone", r -> f(r).phoneE164() != null ? f(r).phoneE164() : f(r).phoneRaw()),
    PHONE_AS_WRITTEN("Phone as written", r -> f(r).phoneRaw()),
    MESSAGING_APP("Messaging app", r -> f(r).messagingKind()),
    MESSAGING_HANDLE("Messaging handle", r -> f(r).messagingHandle()),
    LANGUAGE("Language", r -> f(r).lang()),
    BUYER_TYPE("Buyer type", r -> f(r).buyerType()),
    PRODUCT_SKUS("Product SKUs", r -> r.products().stream().map(LeadRecord.Product::sku)
            .collect(Collectors.joining("; "))),
    PRODUCTS("Products", r -> r.products().stream().map(p -> p.sku() + " " + p.name())
            .collect(Collectors.joining("; "))),
    VOLUME("Volume", r -> f(r).volume()),
    TARGET_PRICE("Target price", r -> f(r).targetPrice()),
    RATING("Rating", r -> f(r).rating()),
    STATUS("Status", r -> f(r).status()),
    NOTES("Notes", r -> f(r).notes()),
    FOLLOW_UP("Follow-up", r -> f(r).followUp()),
    SAMPLES("Samples", r -> yesNo(f(r).samples())),
    BROCHURE("Brochure", r -> yesNo(f(r).brochure())),
    FAIR("Fair", LeadRecord::fairName),
    STAFF("Staff", r -> f(r).staff()),
    CAPTURED_AT("Captured at", r -> time(r.lead().capturedAt())),
    CONSENT_PURPOSE("Consent purpose", LeadRecord::consentPurpose),
    CONSENT_TEXT("Consent text", LeadRecord::consentText),
    CONSENT_VERSION("Consent version", LeadRecord::consentVersion),
    CONSENT_GIVEN_AT("Consent given at", r -> time(r.consentGivenAt())),
    ANSWERS("Answers", r -> r.answers().stream().map(a -> a.question() + ": " + a.value().replace("\n", ", "))
            .collect(Collectors.joining("\n"))),
    CARD("Card as read", r -> f(r).rawCard());

    private final String header;
    private final Function<LeadRecord, Object> value;

    LeadColumn(String header, Function<LeadRecord, Object> value) {
        this.header = header;
        this.value = value;
    }

    public String header() {
        return header;
    }

    /** The vCard property that carries this column when vCard has none of its own. */
    public String vcardProperty() {
        return "X-TRADEKIT-" + name().replace('_', '-');
    }

    /** The typed value: a String, a LocalDate, an OffsetDateTime, or null. */
    public Object value(LeadRecord r) {
        Object v = value.apply(r);
        return v instanceof String s && s.isEmpty() ? null : v;
    }

    /** The value as a file cell: dates and times in ISO 8601, null as empty. */
    public String text(LeadRecord r) {
        Object v = value(r);
        return v == null ? "" : v.toString();
    }

    /** The column a file header names (case and blanks ignored), or null. */
    public static LeadColumn ofHeader(String header) {
        String h = header == null ? "" : header.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
        for (LeadColumn c : values()) {
            if (c.header.toLowerCase(Locale.ROOT).equals(h)) {
                return c;
            }
        }
        return null;
    }

    private static LeadDraft f(LeadRecord r) {
        return r.lead().fields();
    }

    private static String yesNo(boolean b) {
        return b ? "yes" : "no";
    }

    private static OffsetDateTime time(String iso) {
        return iso == null ? null : OffsetDateTime.parse(iso);
    }
}
