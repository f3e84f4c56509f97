package org.tradekit.trace.event;

/**
 * Master data of a lot an event makes, as first declared (EPCIS ILMD): the lot row may be edited
 * later, this record stays. Dates are ISO (yyyy-MM-dd).
 */
public record LotMaster(String lot, String product, String code, String produced, String bestBefore, String expiry,
        String unit, String member, String plot, String supplier, String supplierLot, String supplierExpiry) {
}
