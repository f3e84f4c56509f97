package org.tradekit.gs1;

/** One Application Identifier and its value, e.g. (10) "LOT-7". */
public record AiElement(String ai, String value) {
    /** The bracketed human-readable form, "(10)LOT-7". */
    @Override
    public String toString() {
        return "(" + ai + ")" + value;
    }
}
