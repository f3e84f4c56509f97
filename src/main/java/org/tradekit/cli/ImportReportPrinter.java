package org.tradekit.cli;

import java.io.PrintWriter;

import org.tradekit.catalog.io.FileFormat;
import org.tradekit.catalog.io.ImportMode;
import org.tradekit.catalog.io.ImportNotice;
import org.tradekit.catalog.io.ImportReport;
import org.tradekit.catalog.io.RowProblem;
import org.tradekit.catalog.io.SourceInfo;
import org.tradekit.i18n.Messages;

/** Prints an import report: what was read, the counts, each problem as "row N, column X: message", the outcome. */
final class ImportReportPrinter {
    private final Messages messages;
    private final PrintWriter out;

    ImportReportPrinter(Messages messages, PrintWriter out) {
        this.messages = messages;
        this.out = out;
    }

    void print(ImportReport r) {
        for (ImportNotice n : r.notices()) {
            out.println(messages.get(n.key(), n.argArray()));
        }
        out.println(messages.get("cli.import.read", r.rowsRead(), r.file().getFileName(), source(r.source())));
        out.println(messages.get(r.written() ? "cli.import.counts" : "cli.import.wouldCount", r.created(), r.updated(),
                r.unchanged(), r.refused()));
        for (RowProblem p : r.problems()) {
            out.println(messages.get("cli.import.problem", p.row(), p.header(), messages.get(p.key(), p.argArray())));
        }
        if (r.problemsTruncated()) {
            out.println(messages.get("cli.import.moreProblems", r.problemCount() - r.problems().size()));
        }
        if (r.options().dryRun()) {
            out.println(messages.get("cli.import.dryRun"));
        } else if (!r.written()) {
            out.println(messages.get("cli.import.nothingWritten", r.refused(), r.imported()));
        } else if (r.options().mode() == ImportMode.SKIP_BAD && r.refused() > 0) {
            out.println(messages.get("cli.import.skipped", r.imported(), r.refused(), r.elapsedMs()));
        } else {
            out.println(messages.get("cli.import.done", r.imported(), r.elapsedMs()));
        }
        out.flush();
    }

    private String source(SourceInfo s) {
        if (s.format() == FileFormat.XLSX) {
            return messages.get("cli.import.sourceXlsx");
        }
        String sep = s.delimiter() == '\t' ? messages.get("cli.import.tab") : String.valueOf(s.delimiter());
        return messages.get("cli.import.sourceCsv", s.charset(), sep);
    }
}
