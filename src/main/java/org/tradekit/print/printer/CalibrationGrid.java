package org.tradekit.print.printer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.tradekit.i18n.Messages;
import org.tradekit.label.run.TextWrap;
import org.tradekit.label.stock.LabelPlacement;
import org.tradekit.label.stock.LabelShape;
import org.tradekit.label.stock.LabelStock;
import org.tradekit.print.Fonts;
import org.tradekit.store.AtomicFiles;

/**
 * A one-page test grid for a stock, printed WITHOUT calibration so that what the user measures is
 * the printer's own error: every label's outline and a crosshair at its centre (label 1 is the
 * one to measure), millimetre rulers along the top and left edges, a scale bar across and one
 * down (100 mm where the page has room, shorter on small roll labels), and the printer and
 * stock named with instructions in the user's language. All vector, one embedded font subset.
 */
public final class CalibrationGrid {
    static final double PT_PER_MM = 72 / 25.4;
    private static final double LINE_MM = 0.15;
    private static final double TEXT_PT = 8;

    /** The grid's geometry: where label 1's centre is and how long its bars are, all in mm from the page's top-left. */
    public record Geometry(double centreXMm, double centreYMm, double barXMm, double barYMm, double barXAtYMm,
            double barYAtXMm) {
    }

    private CalibrationGrid() {
    }

    /** Label 1's centre and the scale bars of this stock's grid. */
    public static Geometry geometry(LabelStock stock) {
        LabelPlacement first = stock.position(1);
        double w = stock.pageWidth().mm();
        double h = stock.pageHeight().mm();
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (int n = 1; n <= stock.labelsPerPage(); n++) {
            LabelPlacement p = stock.position(n);
            double lw = stock.shape().width().mm();
            double lh = stock.shape().height().mm();
            xs.addAll(List.of(p.x().mm() + lw / 2, p.x().mm(), p.x().mm() + lw)); // centre, then the edges
            ys.addAll(List.of(p.y().mm() + lh / 2, p.y().mm(), p.y().mm() + lh));
        }
        return new Geometry(xs.get(0), ys.get(0), barLength(w), barLength(h), clearOf(ys, h * 0.55, h * 0.8),
                clearOf(xs, w * 0.55, w * 0.8));
    }

    /** The place between {@code from} and {@code to} farthest from every crosshair and label edge, so a bar stands clear. */
    static double clearOf(List<Double> centres, double from, double to) {
        double best = from;
        double bestGap = -1;
        for (double at = from; at <= to; at += 0.5) {
            double gap = Double.MAX_VALUE;
            for (double c : centres) {
                gap = Math.min(gap, Math.abs(c - at));
            }
            if (gap > bestGap) {
                best = at;
                bestGap = gap;
            }
        }
        return best;
    }

    /** The calibration that cancels what the user measured on this stock's grid. */
    public static Calibration calibration(LabelStock stock, Measurement m) {
        Geometry g = geometry(stock);
        return Calibration.fromMeasurement(m, g.centreXMm(), g.centreYMm(), g.barXMm(), g.barYMm());
    }

    /** 100 mm where the page has room beside the rulers, else the longest whole 10 mm that fits (at least 10). */
    static double barLength(double pageMm) {
        return Math.max(10, Math.min(100, Math.floor((pageMm - 16) / 10) * 10));
    }

    /** Writes the grid as a one-page PDF (atomically: whole or not at all). */
    public static void write(LabelStock stock, String printerName, Messages messages, Path out) {
        Path target = out.toAbsolutePath();
        try (PDDocument doc = new PDDocument()) {
            PDType0Font font = Fonts.load(doc, Fonts.Style.REGULAR);
            PDPage page = new PDPage(new PDRectangle((float) stock.pageWidth().pt(), (float) stock.pageHeight().pt()));
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                new Drawing(cs, stock, font).draw(printerName, messages);
            }
            AtomicFiles.write(target, doc::save);
        } catch (IOException e) {
            throw AtomicFiles.problem(e, target);
        }
    }

    /** Draws in millimetres from the page's top-left, as the user measures. */
    private static final class Drawing {
        private final PDPageContentStream cs;
        private final LabelStock stock;
        private final PDType0Font font;
        private final double pageW;
        private final double pageH;

        Drawing(PDPageContentStream cs, LabelStock stock, PDType0Font font) {
            this.cs = cs;
            this.stock = stock;
            this.font = font;
            this.pageW = stock.pageWidth().mm();
            this.pageH = stock.pageHeight().mm();
        }

        void draw(String printerName, Messages m) throws IOException {
            Geometry g = geometry(stock);
            legend(printerName, g, m); // first: the outlines and crosshairs are drawn over its white box
            cs.setStrokingColor(0f);
            cs.setNonStrokingColor(0f);
            cs.setLineWidth((float) (LINE_MM * PT_PER_MM));
            double lw = stock.shape().width().mm();
            double lh = stock.shape().height().mm();
            for (int n = 1; n <= stock.labelsPerPage(); n++) {
                LabelPlacement p = stock.position(n);
                outline(p.x().mm(), p.y().mm(), lw, lh);
                double arm = Math.min(5, Math.min(lw, lh) / 4);
                cross(p.x().mm() + lw / 2, p.y().mm() + lh / 2, arm);
            }
            cs.stroke();
            LabelPlacement first = stock.position(1); // the label to measure, numbered beside its crosshair
            text("1", first.x().mm() + lw / 2 + 1, first.y().mm() + lh / 2 - 1, 6);
            rulers();
            bars(g, m);
        }

        private void outline(double x, double y, double w, double h) throws IOException {
            if (stock.shape() instanceof LabelShape.Rectangle) {
                cs.addRect(px(x), py(y + h), (float) (w * PT_PER_MM), (float) (h * PT_PER_MM));
                return;
            }
            ellipse(x + w / 2, y + h / 2, w / 2, h / 2); // round, elliptic and CD labels
        }

        private void ellipse(double cx, double cy, double rx, double ry) throws IOException {
            double k = 0.5523; // cubic Bezier approximation of a quarter circle
            cs.moveTo(px(cx + rx), py(cy));
            cs.curveTo(px(cx + rx), py(cy - ry * k), px(cx + rx * k), py(cy - ry), px(cx), py(cy - ry));
            cs.curveTo(px(cx - rx * k), py(cy - ry), px(cx - rx), py(cy - ry * k), px(cx - rx), py(cy));
            cs.curveTo(px(cx - rx), py(cy + ry * k), px(cx - rx * k), py(cy + ry), px(cx), py(cy + ry));
            cs.curveTo(px(cx + rx * k), py(cy + ry), px(cx + rx), py(cy + ry * k), px(cx + rx), py(cy));
            cs.closePath();
        }

        private void cross(double cx, double cy, double arm) throws IOException {
            line(cx - arm, cy, cx + arm, cy);
            line(cx, cy - arm, cx, cy + arm);
        }

        private void line(double x1, double y1, double x2, double y2) throws IOException {
            cs.moveTo(px(x1), py(y1));
            cs.lineTo(px(x2), py(y2));
        }

        /** A tick every mm, longer every 5 and numbered every 10, from the page's edge inwards. */
        private void rulers() throws IOException {
            for (int mm = 1; mm < pageW; mm++) {
                line(mm, 0, mm, tick(mm));
            }
            for (int mm = 1; mm < pageH; mm++) {
                line(0, mm, tick(mm), mm);
            }
            cs.stroke();
            for (int mm = 10; mm < pageW - 2; mm += 10) {
                text(Integer.toString(mm), mm + 0.3, 5.5, 4);
            }
            for (int mm = 10; mm < pageH - 2; mm += 10) {
                text(Integer.toString(mm), 4.3, mm - 0.3, 4);
            }
        }

        private static double tick(int mm) {
            return mm % 10 == 0 ? 4 : mm % 5 == 0 ? 2.5 : 1.5;
        }

        private void bars(Geometry g, Messages m) throws IOException {
            double x0 = (pageW - g.barXMm()) / 2;
            double y = g.barXAtYMm();
            line(x0, y, x0 + g.barXMm(), y);
            line(x0, y - 2, x0, y + 2);
            line(x0 + g.barXMm(), y - 2, x0 + g.barXMm(), y + 2);
            double y0 = (pageH - g.barYMm()) / 2;
            double x = g.barYAtXMm();
            line(x, y0, x, y0 + g.barYMm());
            line(x - 2, y0, x + 2, y0);
            line(x - 2, y0 + g.barYMm(), x + 2, y0 + g.barYMm());
            cs.setLineWidth((float) (0.3 * PT_PER_MM));
            cs.stroke();
            cs.setLineWidth((float) (LINE_MM * PT_PER_MM));
            text(m.get("print.grid.bar", g.barXMm()), x0 + 1, y - 0.8, 5);
            text(m.get("print.grid.bar", g.barYMm()), x + 0.8, y0 + 3, 5);
        }

        /** The names and, where the page has room, the steps; kept clear of label 1 and of the bars. */
        private void legend(String printerName, Geometry g, Messages m) throws IOException {
            String title = m.get("print.grid.title", stock.name(), printerName);
            boolean room = !stock.roll() && pageW >= 150 && pageH >= 150; // a roll label's centre is its crosshair
            if (!room) { // a roll label: one line along the bottom, as large as fits
                double size = Math.min(5, 5 * (pageW - 10) * PT_PER_MM / TextWrap.widthPt(font, title, 5));
                text(title, 6, pageH - 1.5, size);
                return;
            }
            List<String> lines = new ArrayList<>();
            lines.add(title);
            for (String step : List.of(m.get("print.grid.step.actualSize"), m.get("print.grid.step.cross"),
                    m.get("print.grid.step.bars", g.barXMm(), g.barYMm()), m.get("print.grid.step.enter"))) {
                lines.addAll(TextWrap.lines(font, step, TEXT_PT, 110 * PT_PER_MM));
            }
            double lineMm = TEXT_PT * 1.3 / PT_PER_MM;
            double left = 20;
            double top = pageH / 2 - lines.size() * lineMm / 2;
            cs.setNonStrokingColor(1f); // a white box so the text reads over the outlines
            cs.addRect(px(left - 2), py(top + lines.size() * lineMm + 2), (float) (114 * PT_PER_MM),
                    (float) ((lines.size() * lineMm + 4) * PT_PER_MM));
            cs.fill();
            cs.setNonStrokingColor(0f);
            for (int i = 0; i < lines.size(); i++) {
                text(lines.get(i), left, top + (i + 1) * lineMm - 1, TEXT_PT);
            }
        }

        /** Text whose baseline starts at (x, y) mm from the page's top-left. */
        private void text(String s, double x, double y, double sizePt) throws IOException {
            cs.beginText();
            cs.setFont(font, (float) sizePt);
            cs.newLineAtOffset(px(x), py(y));
            cs.showText(s);
            cs.endText();
        }

        private float px(double xMm) {
            return (float) (xMm * PT_PER_MM);
        }

        private float py(double yMmFromTop) {
            return (float) ((pageH - yMmFromTop) * PT_PER_MM);
        }
    }
}
