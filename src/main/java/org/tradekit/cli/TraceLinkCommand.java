package org.tradekit.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.tradekit.app.AppContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tradekit trace link --lot LOT [--product SKU] [--serial S]}: the URI for the lot's QR code. */
@Command(name = "link", mixinStandardHelpOptions = true)
final class TraceLinkCommand implements Callable<Integer> {
    @ParentCommand
    TraceCommand trace;

    @Spec
    CommandSpec spec;

    @Option(names = "--lot", paramLabel = "LOT", required = true, descriptionKey = "cli.opt.linkLot")
    String lot;

    @Option(names = "--product", paramLabel = "SKU", descriptionKey = "cli.opt.lotProduct")
    String sku;

    @Option(names = "--serial", paramLabel = "S", descriptionKey = "cli.opt.linkSerial")
    String serial;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (AppContext app = trace.root.open()) {
            out.println(app.lotLinks().uri(CliLots.lotId(app, lot, sku), serial));
            out.flush();
            return 0;
        }
    }
}
