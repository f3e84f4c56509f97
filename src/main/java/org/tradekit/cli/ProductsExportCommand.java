package org.tradekit.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.tradekit.app.AppContext;
import org.tradekit.catalog.io.FileFormat;
import org.tradekit.work.CancelToken;
import org.tradekit.work.Work;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code tradekit products export --format csv|xlsx|json --out FILE}: the whole live catalog to one file. */
@Command(name = "export", mixinStandardHelpOptions = true)
final class ProductsExportCommand implements Callable<Integer> {
    @ParentCommand
    ProductsCommand products;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", required = true, paramLabel = "csv|xlsx|json", descriptionKey = "cli.opt.format")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "cli.opt.out")
    Path out;

    @Override
    public Integer call() {
        RootCommand root = products.root;
        FileFormat f = FileFormat.of(format)
                .orElseThrow(() -> new UserError(Cli.BAD_INPUT, "cli.export.badFormat", format));
        try (AppContext app = root.open()) {
            long t0 = System.nanoTime();
            ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr(), root.messages());
            long n = app.productExporter().export(f, out, new Work(progress, CancelToken.NEVER));
            progress.done();
            spec.commandLine().getOut().println(root.messages().get("cli.export.done", n, out.toAbsolutePath(),
                    (System.nanoTime() - t0) / 1_000_000));
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
