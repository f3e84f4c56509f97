package org.tradekit.trace.exchange;

import java.util.Locale;
import java.util.Map;

/**
 * Lot units as UN/CEFACT Recommendation 20 codes, which EPCIS quantities carry ({@code uom}). A unit
 * without a code is left out of the quantity: EPCIS then reads the quantity as a count.
 */
final class UnitCodes {
    private static final Map<String, String> CODES = Map.ofEntries(Map.entry("kg", "KGM"), Map.entry("g", "GRM"),
            Map.entry("t", "TNE"), Map.entry("l", "LTR"), Map.entry("ml", "MLT"), Map.entry("pcs", "H87"),
            Map.entry("box", "XBX"), Map.entry("bag", "XBG"), Map.entry("bottle", "XBO"), Map.entry("m2", "MTK"));
    private static final Map<String, String> UNITS = Map.ofEntries(Map.entry("KGM", "kg"), Map.entry("GRM", "g"),
            Map.entry("TNE", "t"), Map.entry("LTR", "l"), Map.entry("MLT", "ml"), Map.entry("H87", "pcs"),
            Map.entry("EA", "pcs"), Map.entry("XBX", "box"), Map.entry("XBG", "bag"), Map.entry("XBO", "bottle"),
            Map.entry("MTK", "m2"));

    private UnitCodes() {
    }

    /** The UN/CEFACT code of a lot unit, or null when there is none. */
    static String uom(String unit) {
        return unit == null ? null : CODES.get(unit.toLowerCase(Locale.ROOT));
    }

    /** The lot unit of a UN/CEFACT code; the code itself when Trade Kit has no name for it, pcs for a count. */
    static String unit(String uom) {
        return uom == null ? "pcs" : UNITS.getOrDefault(uom, uom);
    }
}
