package org.tradekit.trace.epcis;

import java.util.List;

/** Objects or lot quantities put into (ADD), seen in (OBSERVE) or taken out of (DELETE) a parent: a carton, a pallet. */
public record AggregationEvent(EventFields fields, Action action, String parentId, List<String> childEpcs,
        List<QuantityElement> childQuantityList) implements EpcisEvent {
    public AggregationEvent {
        if (fields == null || action == null) {
            throw new IllegalArgumentException("an AggregationEvent has fields and an action");
        }
        if (parentId != null && !Cbv.isAbsoluteUri(parentId)) {
            throw new IllegalArgumentException("parentID is not an absolute URI: " + parentId);
        }
        childEpcs = Epcs.copy(childEpcs);
        childQuantityList = List.copyOf(childQuantityList);
        if (action != Action.DELETE && childEpcs.isEmpty() && childQuantityList.isEmpty()) {
            throw new IllegalArgumentException("an AggregationEvent names children");
        }
    }
}
