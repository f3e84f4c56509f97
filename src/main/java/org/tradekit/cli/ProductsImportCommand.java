package org.tradekit.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.tradekit.app.AppContext;
import org.tradekit.catalog.io.ColumnMapping;
import org.tradekit.catalog.io.ColumnTarget;
import org.tradekit.catalog.io.ImportMode;
import org.tradekit.catalog.io.ImportOptions;
import org.tradekit.catalog.io.ImportPlan;
import org.tradekit.catalog.io.ImportReport;
import org.tradekit.work.CancelToken;
import org.tradekit.work.Work;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code tradekit products import FILE [--dry-run] [--skip-bad] [--map HEADER=COLUMN]...}: imports a
 * CSV or XLSX in one transaction and prints the report; exits {@link Cli#REFUSED} when rows were refused.
 */
@Command(name = "import", mixinStandardHelpOptions = true)
final class ProductsImportCommand implements Callable<Integer> {
    @ParentCommand
    ProductsCommand products;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "cli.param.importFile")
    Path file;

    @Option(names = "--dry-run", descriptionKey = "cli.opt.dryRun")
    boolean dryRun;

    @Option(names = "--skip-bad", descriptionKey = "cli.opt.skipBad")
    boolean skipBad;

    @Option(names = "--map", paramLabel = "HEADER=COLUMN", descriptionKey = "cli.opt.map")
    List<String> maps = new ArrayList<>();

    @Override
    public Integer call() {
        RootCommand root = products.root;
        ImportPlan plan = mapped(ImportPlan.of(file), maps); // before opening the store: a bad file changes nothing
        try (AppContext app = root.open()) {
            ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr(), root.messages());
            ImportOptions options = new ImportOptions(skipBad ? ImportMode.SKIP_BAD : ImportMode.ALL_OR_NOTHING, dryRun);
            ImportReport report;
            try {
                report = app.productImporter().run(plan, options, new Work(progress, CancelToken.NEVER));
            } finally {
                progress.done();
            }
            new ImportReportPrinter(root.messages(), spec.commandLine().getOut()).print(report);
            return report.refused() > 0 ? Cli.REFUSED : 0;
        }
    }

    /** Applies {@code --map "Header=column"} options; {@code -} as the column ignores the header. */
    static ImportPlan mapped(ImportPlan plan, List<String> maps) {
        ColumnMapping m = plan.mapping();
        for (String spec : maps) {
            int eq = spec.lastIndexOf('=');
            if (eq <= 0) {
                throw new UserError(Cli.BAD_INPUT, "cli.import.badMap", spec);
            }
            String header = spec.substring(0, eq);
            String column = spec.substring(eq + 1);
            ColumnTarget target = ColumnTarget.parse(column)
                    .orElseThrow(() -> new UserError(Cli.BAD_INPUT, "cli.import.unknownTarget", column));
            try {
                m = m.with(header, target);
            } catch (IllegalArgumentException e) {
                throw new UserError(Cli.BAD_INPUT, "cli.import.unknownHeader", header);
            }
        }
        return plan.withMapping(m);
    }
}
