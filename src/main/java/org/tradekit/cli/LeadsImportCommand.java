package org.tradekit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.tradekit.app.AppContext;
import org.tradekit.i18n.Messages;
import org.tradekit.lead.io.LeadImporter;
import org.tradekit.work.CancelToken;
import org.tradekit.work.Work;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code tradekit leads import FILE [--fair NAME] [--consent TEXT]}: leads from another device's
 * CSV export or a .vcf file. Rows without consent need {@code --consent}; bad rows are reported and
 * the good ones saved; rows already imported are skipped (decision 0028).
 */
@Command(name = "import", mixinStandardHelpOptions = true)
final class LeadsImportCommand implements Callable<Integer> {
    @ParentCommand
    LeadsCommand leads;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "cli.param.leadFile")
    Path file;

    @Option(names = "--fair", paramLabel = "NAME", descriptionKey = "cli.opt.leadImportFair")
    String fair;

    @Mixin
    LeadConsentOptions consent;

    @Override
    public Integer call() {
        return LeadsCommand.withLeadFile(this::run);
    }

    private int run() {
        RootCommand root = leads.root;
        Messages m = root.messages();
        PrintWriter out = spec.commandLine().getOut();
        try (AppContext app = root.open()) {
            LeadImporter importer = new LeadImporter(app.database(), root.clock(), app.fairs(), app.leads(),
                    app.products());
            ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr(), m);
            LeadImporter.Summary s = importer.importFile(file, CliFairs.idOf(app, fair), consent.consent(),
                    o -> print(out, m, o), new Work(progress, CancelToken.NEVER));
            progress.done();
            s.fairsCreated().forEach(f -> out.println(m.get("cli.leads.import.fairCreated", f)));
            out.println(m.get("cli.leads.import.done", s.rows(), s.saved(), s.alreadyThere(), s.refused()));
            out.flush();
            return s.refused() == 0 ? 0 : Cli.REFUSED;
        }
    }

    private static void print(PrintWriter out, Messages m, LeadImporter.Outcome o) {
        if (o.saved() != null) {
            out.println(m.get("cli.leads.import.saved", o.row(), LeadReport.who(o.saved())));
            LeadReport.duplicates(out, m, o.duplicates());
        } else if (o.alreadyThere()) {
            out.println(m.get("cli.leads.import.already", o.row()));
        } else {
            out.println(m.get("cli.leads.import.refused", o.row(), o.column().header(), o.problem().message(m)));
        }
        o.unknownSkus().forEach(sku -> out.println("  " + m.get("cli.leads.import.unknownSku", sku)));
    }
}
