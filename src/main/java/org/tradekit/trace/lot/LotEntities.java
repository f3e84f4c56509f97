package org.tradekit.trace.lot;

import java.util.List;

import org.tradekit.store.EntityType;

/** The lot tables as the store's write API knows them. */
public final class LotEntities {
    public static final EntityType LOT = new EntityType("lot", "lot", List.of("product_id", "code", "production_date",
            "best_before", "expiry_date", "unit", "member_id", "plot_id", "status", "supplier_name", "supplier_lot",
            "supplier_expiry", "notes", "epc_class"));
    /** Cooperative-wide traceability settings, one row per name. */
    public static final EntityType SETTING = new EntityType("trace_setting", "trace_setting", List.of("name", "value"));

    private LotEntities() {
    }
}
