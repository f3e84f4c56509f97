package org.tradekit.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.tradekit.app.AppContext;
import org.tradekit.trace.chain.ChainBreak;
import org.tradekit.trace.chain.ChainReport;
import org.tradekit.work.CancelToken;
import org.tradekit.work.Work;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code tradekit trace verify}: checks every device's chain of events (hashes, links, signatures,
 * the change log) and names each break; exits {@link Cli#REFUSED} when there is one.
 */
@Command(name = "verify", mixinStandardHelpOptions = true)
final class TraceVerifyCommand implements Callable<Integer> {
    @ParentCommand
    TraceCommand trace;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        RootCommand root = trace.root;
        PrintWriter out = spec.commandLine().getOut();
        try (AppContext app = root.open()) {
            long t0 = System.nanoTime();
            ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr(), root.messages());
            ChainReport report = app.chainVerifier().verify(new Work(progress, CancelToken.NEVER));
            progress.done();
            long ms = (System.nanoTime() - t0) / 1_000_000;
            for (ChainBreak b : report.breaks()) {
                out.println(root.messages().get(b.messageKey(), b.deviceId(), b.seq(), b.eventId()));
            }
            out.println(root.messages().get(report.intact() ? "cli.trace.verify.ok" : "cli.trace.verify.broken",
                    report.events(), report.chains(), report.breaks().size(), ms));
            out.flush();
            return report.intact() ? 0 : Cli.REFUSED;
        }
    }
}
