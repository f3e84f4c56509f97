package org.tradekit.trace.lot;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A lot as lists show it: its code, its product, what is left of it. */
public record LotRow(String id, String code, String productId, String sku, String productNameVi, String productNameEn,
        BigDecimal stock, String unit, LocalDate productionDate, LocalDate bestBefore, LocalDate expiryDate,
        LotStatus status) {
}
