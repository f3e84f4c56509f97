package org.tradekit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import org.tradekit.i18n.Messages;
import org.tradekit.lead.Lead;
import org.tradekit.lead.PossibleDuplicate;
import org.tradekit.lead.card.CardProblem;
import org.tradekit.lead.io.CardLeadSaver;
import org.tradekit.store.AtomicFiles;

/** How the lead commands say what became of each card or row: saved, possibly a duplicate, refused. */
final class LeadReport {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private LeadReport() {
    }

    static void card(PrintWriter out, Messages m, int number, CardLeadSaver.Outcome o) {
        if (o.isSaved()) {
            out.println(m.get("cli.leads.card.saved", number, who(o.saved())));
            duplicates(out, m, o.duplicates());
        } else {
            out.println(m.get("cli.leads.card.refused", number, o.refused().message(m)));
        }
        for (CardProblem p : o.card().problems()) {
            out.println("  ! " + p.message(m));
        }
    }

    static void duplicates(PrintWriter out, Messages m, List<PossibleDuplicate> duplicates) {
        for (PossibleDuplicate d : duplicates) {
            String rules = d.rules().stream().map(r -> m.get(ruleKey(r))).sorted()
                    .collect(Collectors.joining(", "));
            out.println("  " + m.get("cli.leads.duplicate", who(d.lead()), d.lead().capturedAt(), rules));
        }
    }

    private static String ruleKey(PossibleDuplicate.Rule rule) {
        return switch (rule) {
            case EMAIL -> "cli.leads.rule.EMAIL";
            case PHONE -> "cli.leads.rule.PHONE";
            case NAME_AND_COMPANY -> "cli.leads.rule.NAME_AND_COMPANY";
        };
    }

    static String who(Lead l) {
        String name = l.fields().name() != null ? l.fields().name()
                : l.fields().email() != null ? l.fields().email() : l.fields().phoneRaw();
        return l.fields().company() == null ? name : name + " (" + l.fields().company() + ")";
    }

    /** Writes the text of cards that could not be saved to the data directory, so nothing the visitors gave is lost. */
    static Path keepUnsaved(Path dataDir, Clock clock, List<String> texts) {
        String stamp = LocalDateTime.now(clock).format(STAMP);
        Path file = dataDir.resolve("leads-unsaved").resolve("cards-" + stamp + ".vcf");
        for (int n = 2; java.nio.file.Files.exists(file); n++) { // never over an earlier run's cards
            file = file.resolveSibling("cards-" + stamp + "-" + n + ".vcf");
        }
        try {
            AtomicFiles.write(file, os -> os.write(String.join("\r\n", texts).getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw AtomicFiles.problem(e, file);
        }
        return file;
    }
}
