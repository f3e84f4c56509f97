package org.tradekit.cli;

import java.nio.file.Path;
import java.util.function.BiConsumer;

import org.tradekit.TestContexts;
import org.tradekit.app.AppContext;
import org.tradekit.coop.CoopProfile;
import org.tradekit.trace.TraceFixture;

/** A data directory for label commands: a cooperative with a traceability domain and one harvested lot of tea. */
final class LabelCliFixture {
    private LabelCliFixture() {
    }

    /** Makes the lot (after {@code before} has run, e.g. to give the product a GTIN) and returns its code. */
    static String harvestedLot(Path dataDir, BiConsumer<AppContext, TraceFixture> before) {
        try (var app = TestContexts.open(dataDir)) {
            TraceFixture f = new TraceFixture(app);
            app.coopProfile().save(new CoopProfile(null, "HTX Chè Shan Tuyết", null, null, "Hà Giang", null, null, null,
                    null, null, "truyxuat.example.vn", null));
            before.accept(app, f);
            return app.lots().find(f.harvest(f.mai, f.maiPlot, 5, 0)).orElseThrow().code();
        }
    }
}
