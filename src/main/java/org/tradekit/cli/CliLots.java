package org.tradekit.cli;

import java.util.List;
import java.util.stream.Collectors;

import org.tradekit.app.AppContext;
import org.tradekit.trace.lot.Lot;
import org.tradekit.trace.lot.LotRow;

/** The lot a command names: by code (within a product's SKU when given), else by id. */
final class CliLots {
    private CliLots() {
    }

    static String lotId(AppContext app, String lot, String sku) {
        if (sku != null) {
            String productId = app.products().idBySku(sku)
                    .orElseThrow(() -> new UserError(Cli.REFUSED, "cli.photos.noSku", sku));
            return app.lots().find(productId, lot).map(Lot::id)
                    .orElseThrow(() -> new UserError(Cli.REFUSED, "cli.trace.noLot", lot));
        }
        List<LotRow> rows = app.lots().withCode(lot);
        if (rows.size() > 1) {
            throw new UserError(Cli.REFUSED, "cli.trace.ambiguousLot", lot,
                    rows.stream().map(r -> r.sku() == null ? "" : r.sku()).collect(Collectors.joining(", ")));
        }
        if (rows.size() == 1) {
            return rows.get(0).id();
        }
        return app.lots().find(lot).map(Lot::id).orElseThrow(() -> new UserError(Cli.REFUSED, "cli.trace.noLot", lot));
    }
}
