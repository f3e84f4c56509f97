package org.tradekit.trace.epcis;

/** A business document the event relates to: a purchase order, an invoice, a certificate... */
public record BizTransaction(String type, String id) {
    public BizTransaction {
        if (type != null && !Cbv.isBizTransactionType(type)) {
            throw new IllegalArgumentException("not a CBV business transaction type: " + type);
        }
        if (!Cbv.isAbsoluteUri(id)) {
            throw new IllegalArgumentException("business transaction is not an absolute URI: " + id);
        }
    }
}
