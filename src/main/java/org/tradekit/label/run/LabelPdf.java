package org.tradekit.label.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
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
import org.tradekit.label.run.LabelRunService.Result;
import org.tradekit.label.stock.LabelPlacement;
import org.tradekit.label.stock.LabelStock;
import org.tradekit.print.codes.BarPainter;
import org.tradekit.print.codes.QrErrorCorrection;
import org.tradekit.print.codes.QrPainter;
import org.tradekit.print.codes.QrSymbol;
import org.tradekit.print.codes.Symbology;
import org.tradekit.store.AtomicFiles;
import org.tradekit.work.Work;

/**
 * Writes a series of labels to a PDF, whatever the layout. A content placed on many labels (a lot's
 * run) is laid out once and drawn once into a form XObject that its labels place; a content on one
 * label (a CSV row) is drawn straight into the page. One subset of each font and one logo image per
 * document; codes that differ between labels of one content (serials) are drawn per label, as vector
 * rectangles on the printer's dot grid. Everything is fitted and checked before the file is made;
 * the PDF is written to a temporary file beside the target and renamed at the end, so a refusal, an
 * error or a cancel leaves no partial file. Needs no database: a CSV merge runs without one.
 */
public final class LabelPdf {
    /** Serial codes encoded ahead of drawing, a batch at a time: memory stays flat in a 100,000-label run. */
    private static final int SERIAL_BATCH = 256;
    private static final double PT_PER_MM = LabelFonts.PT_PER_MM;

    /** For labels made without the cooperative's data: asking for the logo is refused in words. */
    public static final Supplier<byte[]> NO_LOGO = () -> {
        throw new LabelRunException("label.logo.error.none");
    };

    private final Supplier<byte[]> logo;

    /** @param logo the cooperative's logo, read only when a label shows it */
    public LabelPdf(Supplier<byte[]> logo) {
        this.logo = logo;
    }

    static void checkCount(int count) {
        if (count < 1 || count > LabelRunRequest.MAX_COUNT) {
            throw new LabelRunException("label.run.error.count", count, LabelRunRequest.MAX_COUNT);
        }
    }

    /** What the check before printing finds, without writing anything. */
    public List<LabelWarning> check(LabelSeries series, LabelStock stock, LabelDesign design) {
        try (PDDocument doc = new PDDocument()) {
            return prepare(doc, series, stock, design).warnings();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The series fitted and checked in a document: fonts, logo, one layout and one code per content. */
    private record Prepared(LabelFonts fonts, LabelFitter fitter, PDImageXObject logo, List<FittedLabel> fits,
            List<QrSymbol> qrs, List<LabelWarning> warnings, QrErrorCorrection ecc) {
    }

    private Prepared prepare(PDDocument doc, LabelSeries series, LabelStock stock, LabelDesign design) throws IOException {
        checkCount(series.count());
        LabelFonts fonts = LabelFonts.load(doc); // once per document: one subset each
        LabelFitter fitter = new LabelFitter(fonts, design.dpi());
        boolean anyLogo = series.contents().stream().anyMatch(LabelContent::logo);
        PDImageXObject image = anyLogo ? PDImageXObject.createFromByteArray(doc, logo.get(), "logo") : null;
        double aspect = image == null ? 0 : (double) image.getWidth() / image.getHeight();
        List<FittedLabel> fits = new ArrayList<>();
        List<QrSymbol> qrs = new ArrayList<>();
        Set<LabelCheck.CodeSize> sizes = new LinkedHashSet<>();
        // a merge has a code per row: encoded on both cores up front (ZXing's mask search is most of the time)
        List<QrSymbol> encoded = series.codePerLabel() ? null : series.contents().parallelStream()
                .map(c -> c.code() instanceof LabelCode.Qr q ? encode(q, design.ecc()) : null).toList();
        for (int k = 0; k < series.contents().size(); k++) {
            LabelContent c = series.contents().get(k);
            FittedLabel fit;
            try {
                fit = fitter.fit(stock, c, design.layout().maxPt(), c.logo() ? aspect : 0); // refuses before any file exists
            } catch (LabelRunException e) {
                throw series.contents().size() == 1 ? e : new LabelRowException(series.whereKey(), series.where(k), e);
            }
            fits.add(fit);
            QrSymbol qr = null;
            if (c.code() instanceof LabelCode.Qr && !series.codePerLabel()) {
                qr = encoded.get(k);
                sizes.add(new LabelCheck.CodeSize(Symbology.QR, fitter.qrModuleMm(fit.code(), qr.size())));
            } else if (c.code() instanceof LabelCode.Linear l) {
                sizes.add(new LabelCheck.CodeSize(l.symbol().symbology(), fit.code().moduleMm()));
            }
            qrs.add(qr);
        }
        if (series.codePerLabel()) { // the first and last serials span the code sizes of the run
            for (int i : new int[] {0, series.count() - 1}) {
                if (series.codeOf(i) instanceof LabelCode.Qr q) {
                    FittedLabel fit = fits.get(series.contentOf(i));
                    sizes.add(new LabelCheck.CodeSize(Symbology.QR, fitter.qrModuleMm(fit.code(), encode(q, design.ecc()).size())));
                }
            }
        }
        return new Prepared(fonts, fitter, image, fits, qrs, LabelCheck.check(fits, sizes, fonts, design), design.ecc());
    }

    private static QrSymbol encode(LabelCode.Qr q, QrErrorCorrection ecc) {
        return QrSymbol.encode(q.payload(), ecc, q.mask());
    }

    /**
     * Writes a series; {@code checked} hears the check's warnings once the labels are fitted and
     * before anything is drawn or written (a strict design refuses instead).
     */
    public Result write(LabelSeries series, LabelStock stock, int startAt, LabelDesign design, Path out, Work work,
            Consumer<List<LabelWarning>> checked) {
        checkCount(series.count());
        List<LabelPlacement> places = stock.placements(startAt, series.count()); // refuses a start past the sheet
        Path target = out.toAbsolutePath();
        try (PDDocument doc = new PDDocument()) {
            Prepared p = prepare(doc, series, stock, design);
            if (design.strict() && !p.warnings().isEmpty()) {
                throw new LabelCheckException(p.warnings());
            }
            checked.accept(p.warnings());
            int[] uses = new int[p.fits().size()];
            for (int i = 0; i < places.size(); i++) {
                uses[series.contentOf(i)]++;
            }
            // a content on many labels is drawn once into a form that they all place; one on a single label (a CSV
            // row) goes straight into the page, so a page's labels share one compressed stream instead of a form each
            List<PDFormXObject> forms = new ArrayList<>();
            for (int k = 0; k < p.fits().size(); k++) {
                forms.add(uses[k] > 1 ? form(doc, p, series.contents().get(k), k, !series.codePerLabel()) : null);
            }
            QrSymbol[] serialCodes = new QrSymbol[SERIAL_BATCH];
            PDRectangle pageSize = new PDRectangle((float) stock.pageWidth().pt(), (float) stock.pageHeight().pt());
            PDPageContentStream cs = null;
            int page = -1;
            try {
                for (int i = 0; i < places.size(); i++) {
                    LabelPlacement at = places.get(i);
                    if (at.page() != page) {
                        if (cs != null) {
                            cs.close();
                        }
                        PDPage pdf = new PDPage(pageSize);
                        doc.addPage(pdf);
                        cs = new PDPageContentStream(doc, pdf, PDPageContentStream.AppendMode.OVERWRITE, true);
                        page = at.page();
                    }
                    if (i % 200 == 0) {
                        work.cancel().check();
                        work.report(i, places.size(), "label.run.progress", i, places.size());
                    }
                    // the label's top-left corner on the printer's dot grid (counted from the top, as paper feeds), so
                    // the codes in it, also on the grid, have every module edge on a dot edge; a shift under half a dot
                    double labelH = stock.shape().height().mm();
                    double pageH = stock.pageHeight().mm();
                    double xMm = p.fitter().onDotGrid(at.x().mm());
                    double yMm = pageH - p.fitter().onDotGrid(pageH - at.pdfBottomPt(stock) / PT_PER_MM - labelH) - labelH;
                    int k = series.contentOf(i);
                    cs.saveGraphicsState();
                    cs.transform(Matrix.getTranslateInstance((float) (xMm * PT_PER_MM), (float) (yMm * PT_PER_MM)));
                    if (forms.get(k) != null) {
                        cs.drawForm(forms.get(k));
                    } else {
                        drawLabel(cs, p, series.contents().get(k), k, !series.codePerLabel());
                    }
                    cs.restoreGraphicsState();
                    if (series.codePerLabel()) {
                        if (i % SERIAL_BATCH == 0) {
                            encodeBatch(series, i, Math.min(places.size(), i + SERIAL_BATCH), serialCodes, p.ecc());
                        }
                        drawCode(cs, p, p.fits().get(k), series.codeOf(i), serialCodes[i % SERIAL_BATCH], xMm, yMm);
                    }
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
            return new Result(target, places.size(), doc.getNumberOfPages(), Files.size(target), p.fits().get(0),
                    p.warnings());
        } catch (IOException e) {
            throw AtomicFiles.problem(e, target);
        }
    }

    /**
     * A content's text, logo and (when it is the same on all its labels) code, drawn once in label
     * coordinates into a form XObject. Made as a {@link PDAppearanceStream} (a form XObject like any
     * other) because only a content stream that knows its document marks fonts for subset
     * embedding: text drawn with PDFBox's {@code PDFormContentStream} leaves the font unembedded.
     */
    private static PDFormXObject form(PDDocument doc, Prepared p, LabelContent c, int k, boolean withCode)
            throws IOException {
        FittedLabel fit = p.fits().get(k);
        PDAppearanceStream form = new PDAppearanceStream(doc.getDocument().createCOSStream());
        form.setResources(new PDResources());
        form.setBBox(new PDRectangle((float) (fit.widthMm() * PT_PER_MM), (float) (fit.heightMm() * PT_PER_MM)));
        try (PDPageContentStream cs = new PDPageContentStream(doc, form)) {
            drawLabel(cs, p, c, k, withCode);
        }
        return form;
    }

    /** The labels' serial codes from {@code from} to {@code to}, encoded on both cores ahead of drawing. */
    private static void encodeBatch(LabelSeries series, int from, int to, QrSymbol[] into, QrErrorCorrection ecc) {
        IntStream.range(from, to).parallel()
                .forEach(i -> into[i - from] = series.codeOf(i) instanceof LabelCode.Qr q ? encode(q, ecc) : null);
    }

    /** A content's text, logo and (when asked) code, in label coordinates. */
    private static void drawLabel(PDPageContentStream cs, Prepared p, LabelContent c, int k, boolean withCode)
            throws IOException {
        FittedLabel fit = p.fits().get(k);
        cs.setNonStrokingColor(0f);
        for (FittedLabel.Line l : fit.lines()) {
            cs.beginText();
            cs.setFont(p.fonts().of(l.bold()), (float) l.sizePt());
            cs.newLineAtOffset((float) l.xPt(), (float) l.baselinePt());
            cs.showText(l.text());
            cs.endText();
        }
        if (fit.logo() != null && p.logo() != null) {
            FittedLabel.Box b = fit.logo();
            cs.drawImage(p.logo(), (float) (b.xMm() * PT_PER_MM), (float) (b.yMm() * PT_PER_MM),
                    (float) (b.widthMm() * PT_PER_MM), (float) (b.heightMm() * PT_PER_MM));
        }
        if (withCode && c.code() != null) {
            drawCode(cs, p, fit, c.code(), p.qrs().get(k), 0, 0);
        }
    }

    /** Draws a label's code in its box: a QR code at a whole-dot module centred in its square, a linear code as fitted. */
    private static void drawCode(PDPageContentStream cs, Prepared p, FittedLabel fit, LabelCode code, QrSymbol encoded,
            double xMm, double yMm) throws IOException {
        FittedLabel.Box box = fit.code().box();
        if (code instanceof LabelCode.Qr q) {
            QrSymbol qr = encoded != null ? encoded : encode(q, p.ecc());
            double module = p.fitter().qrModuleMm(fit.code(), qr.size());
            double side = QrPainter.sideMm(qr, module);
            double inset = (box.widthMm() - side) / 2;
            double qx = p.fitter().onDotGrid(box.xMm() + inset); // from the label's top-left, on the dot grid
            double qTop = p.fitter().onDotGrid(fit.heightMm() - box.yMm() - inset - side);
            QrPainter.draw(cs, qr, xMm + qx, yMm + fit.heightMm() - qTop - side, module);
        } else if (code instanceof LabelCode.Linear l) {
            double inset = (box.widthMm() - BarPainter.widthMm(l.symbol(), fit.code().moduleMm())) / 2; // under a wider text line
            BarPainter.draw(cs, l.symbol(), xMm + box.xMm() + inset, yMm + box.yMm(), fit.code().moduleMm(),
                    fit.code().barHeightMm(), p.fonts().regular());
        }
    }
}
