package org.tradekit.label.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.util.Matrix;
import org.tradekit.gs1.ProductLink;
import org.tradekit.label.stock.LabelPlacement;
import org.tradekit.label.stock.LabelStock;
import org.tradekit.print.Fonts;
import org.tradekit.print.codes.QrErrorCorrection;
import org.tradekit.print.codes.QrPainter;
import org.tradekit.print.codes.QrSymbol;
import org.tradekit.store.AtomicFiles;
import org.tradekit.trace.exchange.LotLinks;
import org.tradekit.work.Work;

/**
 * Prints a run of traceability labels to a PDF. The label's text is laid out once and drawn once
 * into a form XObject that every label places (so 10,000 labels share one text drawing and one
 * subset of each font); only the QR code is drawn per label, as vector rectangles. The PDF is
 * written to a temporary file beside the target and renamed at the end, so a refusal, an error or
 * a cancel leaves no partial file.
 */
public final class LabelRunService {
    /** Any mask scans; a fixed one saves ZXing's mask search, nine tenths of encoding time in long serialised runs. */
    static final int SERIAL_MASK = 2;
    private static final double PT_PER_MM = 72 / 25.4;

    /** What was written, and where the layout put things on each label. */
    public record Result(Path file, int labels, int pages, long bytes, TraceLayout.Fitted layout) {
    }

    private final TraceLabelSource source;
    private final LotLinks links;

    public LabelRunService(TraceLabelSource source, LotLinks links) {
        this.source = source;
        this.links = links;
    }

    public TraceLabelSource source() {
        return source;
    }

    public Result print(LabelRunRequest run, Path out, Work work) {
        if (run.count() < 1 || run.count() > LabelRunRequest.MAX_COUNT) {
            throw new LabelRunException("label.run.error.count", run.count(), LabelRunRequest.MAX_COUNT);
        }
        if (!"vi".equals(run.lang()) && !"en".equals(run.lang())) {
            throw new LabelRunException("label.run.error.lang", run.lang());
        }
        if (run.serials() != null && run.serials().count() != run.count()) {
            throw new IllegalArgumentException(run.count() + " labels but " + run.serials().count() + " serials");
        }
        LabelStock stock = run.stock();
        List<LabelPlacement> places = stock.placements(run.startAt(), run.count()); // refuses a start past the sheet
        TraceLabel label = source.label(run.lotId(), run.lang());
        ProductLink link = links.link(run.lotId(), null); // refuses a cooperative with no traceability domain
        Path target = out.toAbsolutePath();
        try (PDDocument doc = new PDDocument()) {
            PDType0Font regular = Fonts.load(doc, Fonts.Style.REGULAR); // once per document: one subset each
            PDType0Font bold = Fonts.load(doc, Fonts.Style.BOLD);
            TraceLayout.Fitted fit = TraceLayout.fit(stock, label, regular, bold); // refuses before any file exists
            PDFormXObject text = textForm(doc, fit, regular, bold);
            QrSymbol shared = run.serials() != null ? null : QrSymbol.encode(link.uri(), QrErrorCorrection.DEFAULT);
            PDRectangle pageSize = new PDRectangle((float) stock.pageWidth().pt(), (float) stock.pageHeight().pt());
            PDPageContentStream cs = null;
            int page = -1;
            try {
                for (int i = 0; i < places.size(); i++) {
                    LabelPlacement p = places.get(i);
                    if (p.page() != page) {
                        if (cs != null) {
                            cs.close();
                        }
                        PDPage pdf = new PDPage(pageSize);
                        doc.addPage(pdf);
                        cs = new PDPageContentStream(doc, pdf, PDPageContentStream.AppendMode.OVERWRITE, true);
                        page = p.page();
                    }
                    if (i % 200 == 0) {
                        work.cancel().check();
                        work.report(i, places.size(), "label.run.progress", i, places.size());
                    }
                    double xMm = p.x().mm();
                    double yMm = p.pdfBottomPt(stock) / PT_PER_MM;
                    cs.saveGraphicsState();
                    cs.transform(Matrix.getTranslateInstance((float) (xMm * PT_PER_MM), (float) (yMm * PT_PER_MM)));
                    cs.drawForm(text);
                    cs.restoreGraphicsState();
                    QrSymbol qr = shared != null ? shared
                            : QrSymbol.encode(link.withSerial(run.serials().serial(i)).uri(), QrErrorCorrection.DEFAULT, SERIAL_MASK);
                    QrPainter.drawSized(cs, qr, xMm + fit.qrXMm(), yMm + fit.qrYMm(), fit.qrSideMm());
                }
            } finally {
                if (cs != null) {
                    cs.close();
                }
            }
            work.cancel().check();
            AtomicFiles.write(target, os -> {
                doc.save(os);
                work.cancel().check(); // a cancel while saving leaves no file: the temporary one is removed
            });
            work.report(places.size(), places.size(), "label.run.progress", places.size(), places.size());
            return new Result(target, places.size(), doc.getNumberOfPages(), Files.size(target), fit);
        } catch (IOException e) {
            throw AtomicFiles.problem(e, target);
        }
    }

    /**
     * The label's text, drawn once in label coordinates into a form XObject. Made as a
     * {@link PDAppearanceStream} (a form XObject like any other) because only a content stream that
     * knows its document marks fonts for subset embedding: text drawn with PDFBox's
     * {@code PDFormContentStream} leaves the font unembedded.
     */
    private static PDFormXObject textForm(PDDocument doc, TraceLayout.Fitted fit, PDType0Font regular, PDType0Font bold)
            throws IOException {
        PDAppearanceStream form = new PDAppearanceStream(doc.getDocument().createCOSStream());
        form.setResources(new PDResources());
        form.setBBox(new PDRectangle((float) (fit.widthMm() * PT_PER_MM), (float) (fit.heightMm() * PT_PER_MM)));
        try (PDPageContentStream cs = new PDPageContentStream(doc, form)) {
            cs.setNonStrokingColor(0f);
            for (TraceLayout.Line l : fit.lines()) {
                cs.beginText();
                cs.setFont(l.bold() ? bold : regular, (float) l.sizePt());
                cs.newLineAtOffset((float) l.xPt(), (float) l.baselinePt());
                cs.showText(l.text());
                cs.endText();
            }
        }
        return form;
    }
}
