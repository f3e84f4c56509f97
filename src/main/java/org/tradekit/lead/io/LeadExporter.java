package org.tradekit.lead.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.tradekit.lead.LeadFilter;
import org.tradekit.store.AtomicFiles;
import org.tradekit.text.Fold;
import org.tradekit.work.Work;

/**
 * Writes the leads a filter keeps to CSV, XLSX or vCard 4.0, streaming lead by lead (decision
 * 0028). A single file appears whole or not at all; {@link #exportPerLead} writes one .vcf per lead
 * into a folder.
 */
public final class LeadExporter {
    private static final int PROGRESS_EVERY = 500;

    private final LeadRows rows;

    public LeadExporter(LeadRows rows) {
        this.rows = rows;
    }

    /** @return how many leads were written */
    public long export(LeadFormat format, Path out, LeadFilter filter, Work work) {
        return export(format, out, filter, null, work);
    }

    /** The leads the filter and the list's search text keep. @return how many leads were written */
    public long export(LeadFormat format, Path out, LeadFilter filter, String text, Work work) {
        Path target = out.toAbsolutePath();
        if (target.getParent() == null || !Files.isDirectory(target.getParent())) {
            throw new LeadFileException("lead.io.error.noFolder", null, target.getParent());
        }
        if (Files.isDirectory(target)) {
            throw new LeadFileException("lead.io.error.isFolder", null, target);
        }
        long total = rows.count(filter, text);
        long[] n = {0};
        try {
            AtomicFiles.write(target, os -> {
                LeadWriter writer = writer(format, os); // not closed: AtomicFiles closes the stream after syncing it
                try {
                    rows.forEach(filter, text, r -> {
                        progress(work, n[0]++, total);
                        try {
                            writer.write(r);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                    writer.finish();
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
            });
        } catch (IOException e) {
            throw new LeadFileException("lead.io.error.write", e, target, String.valueOf(e.getMessage()));
        }
        work.report(n[0], total, "lead.io.progress", n[0], total);
        return n[0];
    }

    /** One vCard file per lead in {@code dir} (created when missing), named after the person and the lead. */
    public long exportPerLead(Path dir, LeadFilter filter, Work work) {
        long total = rows.count(filter);
        long[] n = {0};
        Set<String> names = new HashSet<>();
        try {
            Files.createDirectories(dir);
            rows.forEach(filter, r -> {
                progress(work, n[0]++, total);
                String base = Fold.words(r.lead().fields().name()).replace(' ', '-');
                String name = (base.isEmpty() ? "lead" : base) + "-" + r.lead().id().substring(r.lead().id().length() - 8);
                for (int i = 2; !names.add(name); i++) {
                    name = name + "-" + i;
                }
                try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(dir.resolve(name + ".vcf")));
                        LeadWriter w = new VcfLeadWriter(os)) {
                    w.write(r);
                    w.finish();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            throw new LeadFileException("lead.io.error.write", e, dir, String.valueOf(e.getMessage()));
        }
        work.report(n[0], total, "lead.io.progress", n[0], total);
        return n[0];
    }

    private static void progress(Work work, long done, long total) {
        if (done % PROGRESS_EVERY == 0) {
            work.cancel().check();
            work.report(done, total, "lead.io.progress", done, total);
        }
    }

    private static LeadWriter writer(LeadFormat format, OutputStream os) throws IOException {
        return switch (format) {
            case CSV -> new CsvLeadWriter(os);
            case XLSX -> new XlsxLeadWriter(os);
            case VCF -> new VcfLeadWriter(os);
        };
    }
}
