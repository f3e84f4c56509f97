package org.tradekit.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.tradekit.app.AppContext;
import org.tradekit.lead.LeadFilter;
import org.tradekit.lead.io.LeadExporter;
import org.tradekit.lead.io.LeadFormat;
import org.tradekit.lead.io.LeadRows;
import org.tradekit.work.CancelToken;
import org.tradekit.work.Work;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code tradekit leads export --format csv|xlsx|vcf --out F [--fair NAME]}: leads for a CRM or an address book. */
@Command(name = "export", mixinStandardHelpOptions = true)
final class LeadsExportCommand implements Callable<Integer> {
    @ParentCommand
    LeadsCommand leads;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", required = true, paramLabel = "csv|xlsx|vcf", descriptionKey = "cli.opt.leadFormat")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "cli.opt.leadOut")
    Path out;

    @Option(names = "--per-lead", descriptionKey = "cli.opt.perLead")
    boolean perLead;

    @Option(names = "--fair", paramLabel = "NAME", descriptionKey = "cli.opt.leadFair")
    String fair;

    @Option(names = "--status", paramLabel = "CODE", descriptionKey = "cli.opt.leadStatus")
    String status;

    @Option(names = "--rating", paramLabel = "hot|warm|cold", descriptionKey = "cli.opt.leadRating")
    String rating;

    @Option(names = "--country", paramLabel = "CC", descriptionKey = "cli.opt.leadCountry")
    String country;

    @Option(names = "--staff", paramLabel = "NAME", descriptionKey = "cli.opt.leadStaffFilter")
    String staff;

    @Override
    public Integer call() {
        return LeadsCommand.withLeadFile(this::run);
    }

    private int run() {
        RootCommand root = leads.root;
        LeadFormat f = LeadFormat.of(format).orElseThrow(() -> new UserError(Cli.BAD_INPUT, "cli.leads.badFormat", format));
        if (perLead && f != LeadFormat.VCF) {
            throw new UserError(Cli.BAD_INPUT, "cli.leads.perLeadVcfOnly");
        }
        try (AppContext app = root.open()) {
            LeadFilter filter = new LeadFilter(CliFairs.idOf(app, fair), null, upper(country), lower(rating),
                    lower(status), staff);
            long t0 = System.nanoTime();
            ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr(), root.messages());
            Work work = new Work(progress, CancelToken.NEVER);
            LeadExporter exporter = new LeadExporter(new LeadRows(app.database()));
            long n = perLead ? exporter.exportPerLead(out, filter, work) : exporter.export(f, out, filter, work);
            progress.done();
            spec.commandLine().getOut().println(root.messages().get("cli.leads.export.done", n, out.toAbsolutePath(),
                    (System.nanoTime() - t0) / 1_000_000));
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    private static String lower(String s) {
        return s == null ? null : s.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    }

    private static String upper(String s) {
        return s == null ? null : s.strip().toUpperCase(Locale.ROOT);
    }
}
