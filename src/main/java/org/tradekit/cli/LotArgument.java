package org.tradekit.cli;

import org.tradekit.app.AppContext;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The lot a trace command is about, {@code LOT [--product SKU]}, as a picocli mixin. */
final class LotArgument {
    @Parameters(index = "0", paramLabel = "LOT", descriptionKey = "cli.param.lot")
    String lot;

    @Option(names = "--product", paramLabel = "SKU", descriptionKey = "cli.opt.lotProduct")
    String sku;

    /** The lot's id, or a refusal in words naming the code (see {@link CliLots}). */
    String id(AppContext app) {
        return CliLots.lotId(app, lot, sku);
    }
}
