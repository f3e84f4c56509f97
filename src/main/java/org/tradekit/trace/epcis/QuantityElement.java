package org.tradekit.trace.epcis;

import java.math.BigDecimal;

/**
 * A class-level quantity: a lot ({@code urn:epc:class:lgtin:...} or a Digital Link with /10/) and how
 * much of it, with a UN/CEFACT unit (KGM, LTR, H87...). Without a unit the quantity is a count;
 * without a quantity the amount is unknown, and then there is no unit either (EPCIS 2.0, 7.3.3.3).
 */
public record QuantityElement(String epcClass, BigDecimal quantity, String uom) {
    public QuantityElement {
        if (!Cbv.isAbsoluteUri(epcClass)) {
            throw new IllegalArgumentException("epcClass is not an absolute URI: " + epcClass);
        }
        if (uom != null && (!Cbv.isUom(uom) || quantity == null)) {
            throw new IllegalArgumentException("uom needs a quantity and a UN/CEFACT code: " + uom);
        }
    }

    public static QuantityElement of(String epcClass, BigDecimal quantity, String uom) {
        return new QuantityElement(epcClass, quantity, uom);
    }
}
