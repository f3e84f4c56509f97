package org.tradekit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.tradekit.app.AppContext;
import org.tradekit.trace.site.ConsumerSite;
import org.tradekit.work.CancelToken;
import org.tradekit.work.Work;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code tradekit trace export-site --out DIR}: the consumer pages of every lot, a folder for any static web host. */
@Command(name = "export-site", mixinStandardHelpOptions = true)
final class TraceExportSiteCommand implements Callable<Integer> {
    @ParentCommand
    TraceCommand trace;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", required = true, descriptionKey = "cli.opt.siteOut")
    Path out;

    @Override
    public Integer call() {
        RootCommand root = trace.root;
        PrintWriter pw = spec.commandLine().getOut();
        ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr(), root.messages());
        long start = System.nanoTime();
        try (AppContext app = root.open()) {
            ConsumerSite.Result r = app.consumerSite().export(out, new Work(progress, CancelToken.NEVER));
            progress.done();
            pw.println(root.messages().get("cli.trace.site.done", r.lots(), r.dir(), r.photos(),
                    (System.nanoTime() - start) / 1_000_000));
            pw.flush();
            return 0;
        }
    }
}
