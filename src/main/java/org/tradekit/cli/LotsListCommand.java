package org.tradekit.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.tradekit.app.AppContext;
import org.tradekit.trace.lot.LotRow;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code tradekit lots list [--product SKU]}: one lot a line, tab-separated: lot code, SKU, stock
 * left, unit, production date, status, product name. Streamed: any number of lots.
 */
@Command(name = "list", mixinStandardHelpOptions = true)
final class LotsListCommand implements Callable<Integer> {
    @ParentCommand
    LotsCommand lots;

    @Spec
    CommandSpec spec;

    @Option(names = "--product", paramLabel = "SKU", descriptionKey = "cli.opt.lotProduct")
    String sku;

    @Override
    public Integer call() {
        RootCommand root = lots.root;
        PrintWriter out = spec.commandLine().getOut();
        try (AppContext app = root.open()) {
            String productId = sku == null ? null
                    : app.products().idBySku(sku).orElseThrow(() -> new UserError(Cli.REFUSED, "cli.photos.noSku", sku));
            app.lots().forEach(productId, (LotRow l) -> out.println(String.join("\t", l.code(), nz(l.sku()),
                    l.stock().toPlainString(), nz(l.unit()), l.productionDate() == null ? "" : l.productionDate().toString(),
                    l.status().code(), nz(l.productNameVi()))));
            out.flush();
            return 0;
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
