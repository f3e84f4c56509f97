package org.tradekit.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The lots of a {@code labels} run and how many labels each: the n-th {@code --lot} takes the n-th
 * {@code --count} (and the n-th {@code --product}, when products are given). One lot may leave out
 * {@code --count} (one label), as scripts written before several lots do.
 */
final class RunLots {
    /** One lot of the run: its code, the product's SKU when the code needs it, and how many labels. */
    record Lot(String code, String sku, int count) {
    }

    private RunLots() {
    }

    static List<Lot> pair(List<String> lots, List<Integer> counts, List<String> products) {
        List<Integer> n = counts == null ? List.of() : counts;
        List<String> skus = products == null ? List.of() : products;
        if (lots.size() == 1 ? n.size() > 1 : n.size() != lots.size()) {
            throw new UserError(2, "cli.labels.lotsAndCounts", lots.size(), n.size());
        }
        if (!skus.isEmpty() && skus.size() != lots.size()) {
            throw new UserError(2, "cli.labels.lotsAndProducts", lots.size(), skus.size());
        }
        List<Lot> out = new ArrayList<>();
        for (int i = 0; i < lots.size(); i++) {
            out.add(new Lot(lots.get(i), skus.isEmpty() ? null : skus.get(i), n.isEmpty() ? 1 : n.get(i)));
        }
        return out;
    }
}
