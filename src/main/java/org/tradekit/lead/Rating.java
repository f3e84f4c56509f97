package org.tradekit.lead;

/** How promising a lead is, as the booth staff judged it. */
public enum Rating {
    HOT, WARM, COLD;

    /** The stored value ("hot"); refuses anything else in words. */
    static String check(String value) {
        return Codes.check(values(), value, "lead.error.rating");
    }
}
