package org.tradekit.trace.event;

import java.util.Locale;

/**
 * What happened to lots, and how it reads in EPCIS 2.0 / CBV 2.0 (so that an export is a thin
 * mapping): the event type, its action, the business step and the usual disposition. CBV has no
 * "harvesting": a harvest commissions new lots with their master data (ILMD).
 */
public enum EventKind {
    /** A member's harvest becomes a new lot: ObjectEvent ADD, commissioning, with ILMD. */
    HARVEST("ObjectEvent", "ADD", "commissioning", "active"),
    /** Goods received from a member or a supplier become a new lot: ObjectEvent ADD, receiving, with ILMD. */
    RECEIPT("ObjectEvent", "ADD", "receiving", "active"),
    /** Drying, roasting, fermenting, blending...: input lots become output lots. */
    PROCESSING("TransformationEvent", null, "commissioning", "active"),
    /** Bulk lots become lots of packs. */
    PACKING("TransformationEvent", null, "packing", "active"),
    /** Lots looked at, with results and a certificate: conformant or non_conformant. */
    INSPECTION("ObjectEvent", "OBSERVE", "inspecting", "conformant"),
    /** Lots put in a store. */
    STORAGE("ObjectEvent", "OBSERVE", "storing", "sellable_not_accessible"),
    /** Quantities sent to a buyer or a fair. */
    SHIPPING("ObjectEvent", "OBSERVE", "shipping", "in_transit"),
    /** Quantities sold (at the shop, at a fair). */
    SALE("ObjectEvent", "OBSERVE", "retail_selling", "retail_sold"),
    /** Quantities lost or destroyed (spoiled, sample used up). */
    DISPOSAL("ObjectEvent", "DELETE", "destroying", "destroyed"),
    /** Says an earlier event did not happen or was wrong; its corrective events follow it. */
    ERROR_DECLARATION(null, null, null, null);

    private final String epcisType;
    private final String epcisAction;
    private final String bizStep;
    private final String disposition;

    EventKind(String epcisType, String epcisAction, String bizStep, String disposition) {
        this.epcisType = epcisType;
        this.epcisAction = epcisAction;
        this.bizStep = bizStep;
        this.disposition = disposition;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String labelKey() {
        return "trace.event.kind." + code();
    }

    public static EventKind of(String code) {
        for (EventKind k : values()) {
            if (k.code().equals(code)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown event kind " + code);
    }

    /** ObjectEvent or TransformationEvent; null for an error declaration (EPCIS puts it inside the declared event). */
    public String epcisType() {
        return epcisType;
    }

    /** ADD, OBSERVE or DELETE for an ObjectEvent, else null. */
    public String epcisAction() {
        return epcisAction;
    }

    /** The CBV 2.0 business step (bare name, e.g. {@code commissioning}). */
    public String bizStep() {
        return bizStep;
    }

    /** The CBV 2.0 disposition usually recorded (an inspection that failed gives {@code non_conformant}). */
    public String disposition() {
        return disposition;
    }

    /** Makes new lots (their master data travels in the event). */
    public boolean makesLots() {
        return this == HARVEST || this == RECEIPT || this == PROCESSING || this == PACKING;
    }

    /** Takes quantities out of lots. */
    public boolean takesQuantities() {
        return this == PROCESSING || this == PACKING || this == SHIPPING || this == SALE || this == DISPOSAL;
    }

    /** Looks at lots without changing their quantities. */
    public boolean observes() {
        return this == INSPECTION || this == STORAGE;
    }
}
