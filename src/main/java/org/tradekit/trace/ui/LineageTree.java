package org.tradekit.trace.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.collections.ObservableList;
import javafx.scene.control.TreeItem;

import org.tradekit.trace.lineage.Delivery;
import org.tradekit.trace.lineage.Lineage;
import org.tradekit.trace.lineage.LotGraph;
import org.tradekit.trace.lineage.LotLink;
import org.tradekit.trace.lineage.LotNode;

/**
 * The lineage as tree items that make their children only when opened: a lot that fed 5,000 packs
 * costs one item until the user expands it, and a lot reached by two paths is no problem.
 */
final class LineageTree {
    private LineageTree() {
    }

    /** A hidden root over two branches: where the lot came from, and what was made from it and where it went. */
    static TreeItem<String> build(Lineage l, TraceTexts t) {
        Map<String, List<Delivery>> byLot = new HashMap<>();
        for (Delivery d : l.deliveries()) {
            byLot.computeIfAbsent(d.lotId(), k -> new ArrayList<>()).add(d);
        }
        TreeItem<String> root = new TreeItem<>("");
        TreeItem<String> up = new TreeItem<>(t.get("trace.ui.lineage.upstream", l.upstream().size()));
        up.getChildren().add(new Lazy(t.node(l.upstream().root(), null), l.upstream(), l.upstream().rootId(), true, byLot, t));
        TreeItem<String> down = new TreeItem<>(t.get("trace.ui.lineage.downstream", l.downstream().size(),
                l.deliveries().size()));
        down.getChildren().add(new Lazy(t.node(l.downstream().root(), null), l.downstream(), l.downstream().rootId(), false,
                byLot, t));
        root.getChildren().addAll(List.of(up, down));
        up.setExpanded(true);
        down.setExpanded(true);
        up.getChildren().get(0).setExpanded(true);
        down.getChildren().get(0).setExpanded(true);
        return root;
    }

    /** One lot; its inputs (upstream) or what was made from it and its deliveries (downstream), made on first look. */
    static final class Lazy extends TreeItem<String> {
        private final LotGraph graph;
        private final String lotId;
        private final boolean upstream;
        private final Map<String, List<Delivery>> deliveries;
        private final TraceTexts t;
        private boolean made;

        Lazy(String text, LotGraph graph, String lotId, boolean upstream, Map<String, List<Delivery>> deliveries,
                TraceTexts t) {
            super(text);
            this.graph = graph;
            this.lotId = lotId;
            this.upstream = upstream;
            this.deliveries = deliveries;
            this.t = t;
        }

        private List<LotLink> links() {
            return upstream ? graph.into(lotId) : graph.from(lotId);
        }

        private List<Delivery> shipped() {
            return upstream ? List.of() : deliveries.getOrDefault(lotId, List.of());
        }

        @Override
        public boolean isLeaf() {
            return links().isEmpty() && shipped().isEmpty();
        }

        @Override
        public ObservableList<TreeItem<String>> getChildren() {
            if (!made) {
                made = true;
                List<TreeItem<String>> kids = new ArrayList<>();
                for (LotLink link : links()) {
                    String other = upstream ? link.parentId() : link.childId();
                    LotNode n = graph.lots().get(other);
                    if (n != null) {
                        kids.add(new Lazy(t.node(n, link.step()), graph, other, upstream, deliveries, t));
                    }
                }
                for (Delivery d : shipped()) {
                    kids.add(new TreeItem<>(t.get("trace.ui.lineage.delivery", t.get(d.kind().labelKey()),
                            d.partyName() == null ? "" : d.partyName(), t.quantity(d.quantity(), d.unit()),
                            t.formats().date(d.time().toLocalDate()))));
                }
                super.getChildren().setAll(kids);
            }
            return super.getChildren();
        }
    }
}
