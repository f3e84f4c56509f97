package org.tradekit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.tradekit.app.AppContext;
import org.tradekit.trace.epcis.EpcisImportException;
import org.tradekit.trace.exchange.EpcisImporter;
import org.tradekit.work.Work;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tradekit trace import-epcis FILE}: a partner's EPCIS 2.0 document into the lineage, or every reason it is refused. */
@Command(name = "import-epcis", mixinStandardHelpOptions = true)
final class TraceImportEpcisCommand implements Callable<Integer> {
    @ParentCommand
    TraceCommand trace;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "cli.param.epcisFile")
    Path file;

    @Override
    public Integer call() {
        RootCommand root = trace.root;
        PrintWriter out = spec.commandLine().getOut();
        try (AppContext app = root.open()) {
            EpcisImporter.Result r;
            try {
                r = app.epcisImporter().importFile(file, Work.NONE);
            } catch (EpcisImportException e) {
                PrintWriter err = spec.commandLine().getErr();
                err.println(e.report(root.messages()));
                err.flush();
                return Cli.BAD_INPUT;
            }
            out.println(root.messages().get("cli.trace.import.done", r.events(), r.added(), r.alreadyKnown(), r.lotsCreated()));
            out.flush();
            return 0;
        }
    }
}
