package org.tradekit.lead;

/** What kind of buyer the visitor is. */
public enum BuyerType {
    IMPORTER, DISTRIBUTOR, WHOLESALER, RETAILER, HORECA, PROCESSOR, CONSUMER;

    static String check(String value) {
        return Codes.check(values(), value, "lead.error.buyerType");
    }
}
