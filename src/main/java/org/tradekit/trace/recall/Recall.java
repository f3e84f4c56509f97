package org.tradekit.trace.recall;

import org.tradekit.trace.event.ExternalEntry;

import java.util.List;

import org.tradekit.trace.lineage.Delivery;
import org.tradekit.trace.lineage.LotNode;

/**
 * Who must be called when a lot is recalled: every recipient of anything made from it, every
 * delivery (shipments with their documents, sales), and what is still in the cooperative's stock
 * (the lot itself and the lots made from it that have something left).
 *
 * @param lotsReached   how many lots were made from it, at any depth
 * @param partnerEvents partners' imported events on those lots (their processing, shipping...), marked external:
 *                      whom to ask beyond the cooperative's own deliveries
 * @param printRuns     labels printed for those lots, with their serial ranges: which labels carry the recalled lots
 */
public record Recall(LotNode lot, List<Recipient> recipients, List<Delivery> deliveries, List<LotNode> inStock,
        int lotsReached, List<ExternalEntry> partnerEvents, List<PrintedLabels> printRuns) {
    public Recall {
        recipients = List.copyOf(recipients);
        deliveries = List.copyOf(deliveries);
        inStock = List.copyOf(inStock);
        partnerEvents = List.copyOf(partnerEvents);
        printRuns = List.copyOf(printRuns);
    }

    public Recall(LotNode lot, List<Recipient> recipients, List<Delivery> deliveries, List<LotNode> inStock, int lotsReached) {
        this(lot, recipients, deliveries, inStock, lotsReached, List.of(), List.of());
    }
}
