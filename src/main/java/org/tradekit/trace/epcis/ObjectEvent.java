package org.tradekit.trace.epcis;

import java.util.List;

/**
 * Something happened to objects or lots: commissioned (harvest, receipt from a member: ADD with
 * lot master data), inspected, stored, shipped, sold (OBSERVE), destroyed (DELETE).
 *
 * @param epcList instance-level ids; written (empty if need be) whenever there is no quantityList
 * @param ilmd lot master data; only with action ADD (EPCIS 2.0, 7.4.2); may be null
 */
public record ObjectEvent(EventFields fields, Action action, List<String> epcList, List<QuantityElement> quantityList,
        Ilmd ilmd) implements EpcisEvent {
    public ObjectEvent {
        if (fields == null || action == null) {
            throw new IllegalArgumentException("an ObjectEvent has fields and an action");
        }
        epcList = Epcs.copy(epcList);
        quantityList = List.copyOf(quantityList);
        if (ilmd != null && ilmd.isEmpty()) {
            ilmd = null;
        }
        if (ilmd != null && action != Action.ADD) {
            throw new IllegalArgumentException("lot master data (ilmd) only with action ADD, not " + action);
        }
    }
}
