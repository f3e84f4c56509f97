package org.tradekit.trace.recall;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.tradekit.label.record.PrintRuns;
import org.tradekit.trace.event.EventRepository;
import org.tradekit.trace.lineage.Delivery;
import org.tradekit.trace.lineage.Lineage;
import org.tradekit.trace.lineage.LineageService;
import org.tradekit.trace.lineage.LotNode;

/** Builds a recall from a lot's downstream lineage: recipients, deliveries, stock left. */
public final class RecallService {
    private final LineageService lineage;
    private final EventRepository events;
    private final PrintRuns printRuns;

    public RecallService(LineageService lineage, EventRepository events, PrintRuns printRuns) {
        this.lineage = lineage;
        this.events = events;
        this.printRuns = printRuns;
    }

    /**
     * @throws org.tradekit.trace.TraceException when there is no such lot
     */
    public Recall recall(String lotId) {
        Lineage l = lineage.downstreamLineage(lotId);
        List<LotNode> inStock = new ArrayList<>();
        for (LotNode n : l.downstream().lots().values()) {
            if (n.stock().signum() > 0) {
                inStock.add(n);
            }
        }
        inStock.sort(Comparator.comparing((LotNode n) -> n.lotId().equals(lotId) ? 0 : 1)
                .thenComparing(n -> String.valueOf(n.sku())).thenComparing(n -> String.valueOf(n.code())));
        return new Recall(l.lot(), recipients(l.deliveries()), l.deliveries(), inStock, l.downstream().size(),
                events.externalTouching(l.downstream().lots().keySet()), printed(l.downstream().lots()));
    }

    private List<PrintedLabels> printed(Map<String, LotNode> lots) {
        return printRuns.runsOf(lots.keySet()).stream()
                .map(r -> new PrintedLabels(lots.get(r.lotId()).code(), lots.get(r.lotId()).sku(), r)).toList();
    }

    static List<Recipient> recipients(List<Delivery> deliveries) {
        Map<String, List<Delivery>> byParty = new LinkedHashMap<>();
        for (Delivery d : deliveries) {
            byParty.computeIfAbsent(d.partyType() + "\u0000" + d.partyName(), k -> new ArrayList<>()).add(d);
        }
        List<Recipient> out = new ArrayList<>();
        for (List<Delivery> group : byParty.values()) {
            Map<String, BigDecimal> quantities = new TreeMap<>();
            for (Delivery d : group) {
                quantities.merge(String.valueOf(d.unit()), d.quantity(), BigDecimal::add);
            }
            Delivery first = group.get(0);
            int shipments = (int) group.stream().map(Delivery::eventId).distinct().count(); // one shipment, many lots
            out.add(new Recipient(first.partyType(), first.partyName(), shipments, quantities, first.time(),
                    group.get(group.size() - 1).time()));
        }
        out.sort(Comparator.comparing((Recipient r) -> String.valueOf(r.type())).thenComparing(r -> String.valueOf(r.name())));
        return out;
    }
}
