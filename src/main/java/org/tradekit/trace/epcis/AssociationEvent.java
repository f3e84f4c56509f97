package org.tradekit.trace.epcis;

import java.util.List;

/** Physical objects (sensors, components) associated with a parent that is not a container. */
public record AssociationEvent(EventFields fields, Action action, String parentId, List<String> childEpcs,
        List<QuantityElement> childQuantityList) implements EpcisEvent {
    public AssociationEvent {
        if (fields == null || action == null) {
            throw new IllegalArgumentException("an AssociationEvent has fields and an action");
        }
        if (!Cbv.isAbsoluteUri(parentId)) {
            throw new IllegalArgumentException("parentID is not an absolute URI: " + parentId);
        }
        childEpcs = Epcs.copy(childEpcs);
        childQuantityList = List.copyOf(childQuantityList);
        if (action != Action.DELETE && childEpcs.isEmpty() && childQuantityList.isEmpty()) {
            throw new IllegalArgumentException("an AssociationEvent names children");
        }
    }
}
