package org.tradekit.trace.lineage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lots reachable from one lot in one direction (its inputs back to the members' harvests, or
 * everything made from it), with the links between them: enough to draw a graph or a tree that
 * expands a level at a time.
 */
public final class LotGraph {
    private final String rootId;
    private final Map<String, LotNode> lots;
    private final List<LotLink> links;
    private final Map<String, List<LotLink>> byParent = new HashMap<>();
    private final Map<String, List<LotLink>> byChild = new HashMap<>();

    public LotGraph(String rootId, Map<String, LotNode> lots, List<LotLink> links) {
        this.rootId = rootId;
        this.lots = Map.copyOf(lots);
        this.links = List.copyOf(links);
        for (LotLink l : links) {
            byParent.computeIfAbsent(l.parentId(), k -> new ArrayList<>()).add(l);
            byChild.computeIfAbsent(l.childId(), k -> new ArrayList<>()).add(l);
        }
    }

    public String rootId() {
        return rootId;
    }

    public LotNode root() {
        return lots.get(rootId);
    }

    /** Every lot of the graph by id, the root included. */
    public Map<String, LotNode> lots() {
        return lots;
    }

    public List<LotLink> links() {
        return links;
    }

    /** Links from a lot to the lots made from it. */
    public List<LotLink> from(String lotId) {
        return byParent.getOrDefault(lotId, List.of());
    }

    /** Links from a lot's inputs to it. */
    public List<LotLink> into(String lotId) {
        return byChild.getOrDefault(lotId, List.of());
    }

    /** How many lots besides the root. */
    public int size() {
        return lots.size() - 1;
    }
}
