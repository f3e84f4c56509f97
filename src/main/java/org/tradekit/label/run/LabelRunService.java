package org.tradekit.label.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.util.Matrix;
import org.tradekit.gs1.ProductLink;
import org.tradekit.label.stock.LabelPlacement;
import org.tradekit.label.stock.LabelStock;
import org.tradekit.print.codes.BarPainter;
import org.tradekit.print.codes.QrPainter;
import org.tradekit.print.codes.QrSymbol;
import org.tradekit.print.codes.Symbology;
import org.tradekit.store.AtomicFiles;
import org.tradekit.trace.exchange.LotLinks;
import org.tradekit.work.Work;

/**
 * A lot's run of labels: the lot, its product and the cooperative made into a series of labels in
 * one layout and language (with the run's serials in the QR codes), written by {@link LabelPdf}.
 */
public final class LabelRunService {
    /** Any mask scans; a fixed one saves ZXing's mask search, nine tenths of encoding time in long serialised runs. */
    static final int SERIAL_MASK = 2;

    /** What was written, where the layout put things on the first content's labels, and what the check found. */
    public record Result(Path file, int labels, int pages, long bytes, FittedLabel layout, List<LabelWarning> warnings) {
    }

    private final LotLabelSource source;
    private final LotLinks links;
    private final LabelPdf pdf;
    private final LabelLogo logo;

    public LabelRunService(LotLabelSource source, LotLinks links, LabelLogo logo) {
        this.source = source;
        this.links = links;
        this.logo = logo;
        this.pdf = new LabelPdf(logo::bytes);
    }

    /** Whether the cooperative has a logo its labels can show (reads the database: not on the FX thread). */
    public boolean hasLogo() {
        return logo.available();
    }

    /** The PDF engine, with this cooperative's logo. */
    public LabelPdf pdf() {
        return pdf;
    }

    public LotLabelSource source() {
        return source;
    }

    /** A lot's traceability labels as before layouts existed. */
    public Result print(LabelRunRequest run, Path out, Work work) {
        return print(run, LabelDesign.DEFAULT, out, work);
    }

    public Result print(LabelRunRequest run, LabelDesign design, Path out, Work work) {
        return print(series(run, design), run.stock(), run.startAt(), design, out, work);
    }

    /** What the check before printing finds for a lot's run, without writing anything. */
    public List<LabelWarning> check(LabelRunRequest run, LabelDesign design) {
        return check(series(run, design), run.stock(), design);
    }

    public List<LabelWarning> check(LabelSeries series, LabelStock stock, LabelDesign design) {
        return pdf.check(series, stock, design);
    }

    /**
     * A lot's labels: one content; with serials, label k's QR code carries the range's k-th serial (AI 21); each
     * label repeated as many copies as asked.
     */
    public LabelSeries series(LabelRunRequest run, LabelDesign design) {
        LabelPdf.checkCount(run.count());
        if (!"vi".equals(run.lang()) && !"en".equals(run.lang())) {
            throw new LabelRunException("label.run.error.lang", run.lang());
        }
        if (run.serials() != null && design.layout() != LabelLayout.TRACE) {
            throw new LabelRunException("label.layout.error.serials", design.layout().id());
        }
        if (run.serials() != null && run.serials().count() != run.count()) {
            throw new IllegalArgumentException(run.count() + " labels but " + run.serials().count() + " serials");
        }
        ProductLink link = design.layout() == LabelLayout.TRACE ? links.link(run.lotId(), null) : null; // refuses a coop with no domain
        LabelContent content = source.content(run.lotId(), run.lang(), design, link == null ? null : link.uri());
        return LabelSeries.of(content, run.count(), run.serials() == null ? null
                : i -> new LabelCode.Qr(link.withSerial(run.serials().serial(i)).uri(), SERIAL_MASK)).copies(run.copies());
    }

    /** Several lots' labels one after another ({@code names}: their codes, to say which one a refusal is about). */
    public LabelSeries series(List<LabelRunRequest> runs, LabelDesign design, List<String> names) {
        return LabelSeries.join(runs.stream().map(r -> series(r, design)).toList(), names);
    }

    public Result print(LabelSeries series, LabelStock stock, int startAt, LabelDesign design, Path out, Work work) {
        return pdf.write(series, stock, startAt, design, out, work, w -> { });
    }

    /**
     * Prints a series; {@code checked} hears the check's warnings once the labels are fitted and
     * before anything is drawn or written (a strict design refuses instead).
     */
    public Result print(LabelSeries series, LabelStock stock, int startAt, LabelDesign design, Path out, Work work,
            Consumer<List<LabelWarning>> checked) {
        return pdf.write(series, stock, startAt, design, out, work, checked);
    }
}
