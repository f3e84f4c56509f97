package org.tradekit.trace.epcis;

import java.util.Locale;
import java.util.Optional;

/**
 * CBV 2.0 business steps, written as their bare names in EPCIS 2.0 JSON-LD. There is no
 * "harvesting": a harvest or a receipt from a member is {@link #COMMISSIONING} with lot master data;
 * lot-level output of processing is {@link #CREATING_CLASS_INSTANCE} (or commissioning).
 */
public enum BizStep {
    ACCEPTING, ARRIVING, ASSEMBLING, COLLECTING, COMMISSIONING, CONSIGNING, CREATING_CLASS_INSTANCE, CYCLE_COUNTING,
    DECOMMISSIONING, DEPARTING, DESTROYING, DISASSEMBLING, DISPENSING, ENCODING, ENTERING_EXITING, HOLDING, INSPECTING,
    INSTALLING, KILLING, LOADING, OTHER, PACKING, PICKING, RECEIVING, REMOVING, REPACKAGING, REPAIRING, REPLACING,
    RESERVING, RETAIL_SELLING, SHIPPING, STAGING_OUTBOUND, STOCK_TAKING, STOCKING, STORING, TRANSPORTING, UNLOADING,
    UNPACKING, VOID_SHIPPING, SENSOR_REPORTING, SAMPLING;

    /** The CBV term as EPCIS 2.0 JSON writes it, e.g. {@code retail_selling}. */
    public String term() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<BizStep> ofTerm(String term) {
        for (BizStep s : values()) {
            if (s.term().equals(term)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
