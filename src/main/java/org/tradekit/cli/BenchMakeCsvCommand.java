package org.tradekit.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.tradekit.catalog.io.DemoCsv;
import org.tradekit.work.CancelToken;
import org.tradekit.work.Work;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code tradekit bench make-csv FILE [--rows N]}: writes demo products as a CSV for {@code bench import}. */
@Command(name = "make-csv", mixinStandardHelpOptions = true)
final class BenchMakeCsvCommand implements Callable<Integer> {
    @ParentCommand
    BenchCommand bench;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "cli.param.csvFile")
    Path file;

    @Option(names = "--rows", paramLabel = "N", defaultValue = "100000", descriptionKey = "cli.opt.rows")
    int rows;

    @Option(names = "--seed", defaultValue = "20261123", descriptionKey = "cli.opt.seed")
    long seed;

    @Override
    public Integer call() {
        RootCommand root = bench.root;
        ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr(), root.messages());
        DemoCsv.write(file, rows, seed, LocalDate.now(root.clock()), new Work(progress, CancelToken.NEVER));
        progress.done();
        spec.commandLine().getOut().println(root.messages().get("cli.bench.makeCsv.done", rows, file.toAbsolutePath()));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
