package org.tradekit.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import org.tradekit.app.AppContext;
import org.tradekit.catalog.ProductFilter;
import org.tradekit.catalog.ProductRow;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tradekit products search QUERY [--limit N]}: one match a line, SKU first, tab-separated. */
@Command(name = "search", mixinStandardHelpOptions = true)
final class ProductsSearchCommand implements Callable<Integer> {
    @ParentCommand
    ProductsCommand products;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "QUERY", descriptionKey = "cli.param.query")
    List<String> query;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", descriptionKey = "cli.opt.limit")
    int limit;

    @Override
    public Integer call() {
        RootCommand root = products.root;
        try (AppContext app = root.open()) {
            List<ProductRow> rows = app.productSearch().search(ProductFilter.query(String.join(" ", query)),
                    Math.max(1, limit), LocalDate.now(root.clock()));
            PrintWriter out = spec.commandLine().getOut();
            for (ProductRow r : rows) {
                out.println(r.sku() + "\t" + nz(r.nameVi()) + "\t" + nz(r.nameEn()));
            }
            out.flush();
            return 0;
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
