package org.tradekit.label.run;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The label layouts a run can use, by the stable names the command line and the app show: which
 * fields each may print (in what order by default) and how large its body text starts.
 */
public enum LabelLayout {
    /** Product name, lot, dates, net quantity, cooperative, OCOP stars; the Digital Link QR with the lot under it. */
    TRACE("trace", 8, List.of("lot", "produced", "expiry", "net", "coop", "ocop"), List.of("lot", "produced", "expiry",
            "net", "coop", "ocop", "sku")),
    /** Product name, price in the cooperative's currency, net quantity; the GTIN's EAN-13 when there is one. */
    PRICE("price", 12, List.of("price", "net", "barcode"), List.of("price", "net", "sku", "barcode")),
    /** Product name over the EAN-13 (GTIN-13) or UPC-A (GTIN-12) with its digits. */
    RETAIL("retail", 9, List.of("net"), List.of("net", "price", "sku")),
    /** GS1-128 with the contained GTIN, expiry, lot and count, and the same data in words. */
    CARTON("carton", 9, List.of("gtin", "lot", "expiry", "count"), List.of("gtin", "lot", "expiry", "produced", "count",
            "sku"));

    private final String id;
    private final double maxPt;
    private final List<String> defaults;
    private final List<String> valid;

    LabelLayout(String id, double maxPt, List<String> defaults, List<String> valid) {
        this.id = id;
        this.maxPt = maxPt;
        this.defaults = defaults;
        this.valid = valid;
    }

    /** The name users type: {@code trace}, {@code price}, {@code retail}, {@code carton}. */
    public String id() {
        return id;
    }

    /** The body text's starting size; it shrinks from here to fit. */
    public double maxPt() {
        return maxPt;
    }

    public List<String> validFields() {
        return valid;
    }

    public static String names() {
        return Arrays.stream(values()).map(LabelLayout::id).collect(Collectors.joining(", "));
    }

    public static LabelLayout named(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(l -> l.id.equals(n)).findFirst()
                .orElseThrow(() -> new LabelRunException("label.layout.error.unknown", name, names()));
    }

    /** The fields to print: the asked ones in the asked order, or the layout's defaults; an unknown one is refused. */
    public List<String> fields(List<String> asked) {
        if (asked == null || asked.isEmpty()) {
            return defaults;
        }
        return choose(asked, valid, id);
    }

    /** Checks asked field names against the valid ones, keeping the asked order; refuses naming the valid ones. */
    static List<String> choose(List<String> asked, List<String> valid, String layout) {
        List<String> out = new ArrayList<>();
        for (String a : asked) {
            String f = a.strip();
            if (!valid.contains(f)) {
                throw new LabelRunException("label.layout.error.field", a, layout, String.join(", ", valid));
            }
            if (!out.contains(f)) {
                out.add(f);
            }
        }
        return out;
    }
}
