package org.tradekit.trace.epcis;

import java.util.List;

/** Objects or lots associated with (ADD) or released from (DELETE) a business transaction such as an order. */
public record TransactionEvent(EventFields fields, Action action, String parentId, List<String> epcList,
        List<QuantityElement> quantityList) implements EpcisEvent {
    public TransactionEvent {
        if (fields == null || action == null) {
            throw new IllegalArgumentException("a TransactionEvent has fields and an action");
        }
        if (fields.bizTransactions().isEmpty()) {
            throw new IllegalArgumentException("a TransactionEvent names its business transactions");
        }
        if (parentId != null && !Cbv.isAbsoluteUri(parentId)) {
            throw new IllegalArgumentException("parentID is not an absolute URI: " + parentId);
        }
        epcList = Epcs.copy(epcList);
        quantityList = List.copyOf(quantityList);
    }
}
