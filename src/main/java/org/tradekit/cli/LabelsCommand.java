package org.tradekit.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.tradekit.app.DataDirectory;
import org.tradekit.i18n.Messages;
import org.tradekit.label.stock.LabelShape;
import org.tradekit.label.stock.LabelStock;
import org.tradekit.label.stock.StockCatalogue;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code tradekit labels --list-templates [QUERY]}: label stock, one a line, name first, then
 * paper, grid and label size ({@code Avery L7160  A4  3x7  63.5x38.1 mm}).
 */
@Command(name = "labels", mixinStandardHelpOptions = true)
final class LabelsCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--list-templates", arity = "0..1", fallbackValue = "", paramLabel = "QUERY",
            descriptionKey = "cli.opt.listTemplates")
    String listTemplates;

    @Override
    public Integer call() {
        if (listTemplates == null) {
            spec.commandLine().usage(spec.commandLine().getOut());
            return 2;
        }
        PrintWriter out = spec.commandLine().getOut();
        StockCatalogue catalogue = StockCatalogue.open(DataDirectory.resolve(root.dataDir));
        var hits = catalogue.search(listTemplates);
        for (LabelStock s : hits) {
            out.println(line(s, root.messages()));
        }
        out.flush();
        if (hits.isEmpty()) {
            throw new UserError(Cli.REFUSED, "cli.labels.noTemplates", listTemplates);
        }
        return 0;
    }

    static String line(LabelStock s, Messages m) {
        String paper = s.roll() ? m.get("label.stock.roll", s.pageWidth().mmText())
                : s.paper() != null ? s.paper() : s.pageWidth().mmText() + "x" + s.pageHeight().mmText() + " mm";
        return String.join("  ", s.name(), paper, s.grid(), size(s.shape(), m));
    }

    static String size(LabelShape shape, Messages m) {
        String box = shape.width().mmText() + "x" + shape.height().mmText() + " mm";
        if (shape instanceof LabelShape.Round r) {
            return m.get("label.stock.shape.round", r.width().mmText());
        }
        if (shape instanceof LabelShape.Cd cd) {
            return m.get("label.stock.shape.cd", cd.radius().times(2).mmText());
        }
        if (shape instanceof LabelShape.Ellipse) {
            return m.get("label.stock.shape.ellipse", box);
        }
        return box;
    }
}
