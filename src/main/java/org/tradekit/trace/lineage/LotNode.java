package org.tradekit.trace.lineage;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.tradekit.trace.lot.LotStatus;

/** A lot in a lineage: its code and product, what is left of it, and its origin when it came from a member. */
public record LotNode(String lotId, String code, String productId, String sku, String productNameVi,
        String productNameEn, String unit, BigDecimal stock, LocalDate productionDate, String memberId, String memberName,
        String plotId, String plotName, LotStatus status) {

    public boolean fromMember() {
        return memberId != null;
    }
}
