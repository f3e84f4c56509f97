package org.tradekit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.tradekit.app.AppContext;
import org.tradekit.catalog.io.ImportOptions;
import org.tradekit.catalog.io.ImportPlan;
import org.tradekit.catalog.io.ImportReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code tradekit bench import FILE [--keep]}: times a full import (plan, checks, one transaction)
 * and prints rows per second. By default into a fresh temporary data directory, deleted after,
 * so benchmarking never touches the user's catalog; {@code --keep} imports into the real one.
 */
@Command(name = "import", mixinStandardHelpOptions = true)
final class BenchImportCommand implements Callable<Integer> {
    @ParentCommand
    BenchCommand bench;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "cli.param.importFile")
    Path file;

    @Option(names = "--keep", descriptionKey = "cli.opt.keep")
    boolean keep;

    @Override
    public Integer call() throws IOException {
        RootCommand root = bench.root;
        Path temp = keep ? null : Files.createTempDirectory("tradekit-bench-");
        try (AppContext app = keep ? root.open() : AppContext.open(temp, root.clock())) {
            long t0 = System.nanoTime();
            ImportPlan plan = app.productImporter().plan(file);
            ImportReport r = app.productImporter().run(plan, ImportOptions.DEFAULT, org.tradekit.work.Work.NONE);
            long ms = Math.max(1, (System.nanoTime() - t0) / 1_000_000);
            PrintWriter out = spec.commandLine().getOut();
            out.println(root.messages().get("cli.bench.import.result", r.rowsRead(), r.created(), r.updated(),
                    r.unchanged(), r.refused(), keep ? app.dataDir() : root.messages().get("cli.bench.import.temp")));
            out.printf("rows=%d%nms=%d%nrows_per_s=%d%n", r.rowsRead(), ms, r.rowsRead() * 1000 / ms);
            out.flush();
            return r.refused() > 0 ? Cli.REFUSED : 0;
        } finally {
            if (temp != null) {
                deleteTree(temp);
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
