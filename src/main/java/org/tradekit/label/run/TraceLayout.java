package org.tradekit.label.run;

import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDFont;
import org.tradekit.label.stock.LabelShape;
import org.tradekit.label.stock.LabelStock;

/**
 * The traceability label's layout: the QR code (with its quiet zone) in the top-right corner and
 * the lot code under it; the product name (bold) and the other lines wrapped in the column to its
 * left. Text starts at {@link #MAX_PT} and shrinks in steps to {@link #MIN_PT}; if it still does
 * not fit, the run is refused before anything is written. Text never crosses the QR code's square,
 * which includes its quiet zone, nor the label's padding.
 */
public final class TraceLayout {
    static final double MAX_PT = 8;
    static final double MIN_PT = 5;
    static final double STEP_PT = 0.25;
    static final double NAME_SCALE = 1.25;
    static final double GAP_MM = 1;
    private static final double PT_PER_MM = 72 / 25.4;

    private TraceLayout() {
    }

    /** One line of text, in points from the label's lower-left corner. */
    public record Line(String text, boolean bold, double sizePt, double xPt, double baselinePt) {
    }

    /** Where everything goes on one label; the QR square (quiet zone included) in mm from the label's lower-left. */
    public record Fitted(double widthMm, double heightMm, double qrXMm, double qrYMm, double qrSideMm, List<Line> lines) {
    }

    /** Lays {@code label} out on {@code stock}'s label, or refuses with the reason in words. */
    public static Fitted fit(LabelStock stock, TraceLabel label, PDFont regular, PDFont bold) {
        if (!(stock.shape() instanceof LabelShape.Rectangle)) {
            throw new LabelRunException("label.run.error.shape", stock.name());
        }
        double w = stock.shape().width().mm();
        double h = stock.shape().height().mm();
        double corner = ((LabelShape.Rectangle) stock.shape()).cornerRadius().mm();
        double pad = Math.max(1.5, Math.min(3, corner * 0.3 + Math.min(w, h) * 0.04));
        double innerW = w - 2 * pad;
        double innerH = h - 2 * pad;
        double lineMm = lineHeight(regular, MIN_PT) / PT_PER_MM;
        double qr = Math.min(innerH - lineMm, innerW * 0.5);
        double textW = innerW - qr - GAP_MM;
        if (qr < 10 || textW < 5) {
            throw new LabelRunException("label.run.error.tooSmall", stock.name(), stock.shape().width().mmText(),
                    stock.shape().height().mmText());
        }
        double qrX = pad + innerW - qr;
        double qrY = h - pad - qr;
        for (double size = MAX_PT; size >= MIN_PT - 1e-9; size -= STEP_PT) {
            List<Line> lines = column(label, regular, bold, size, pad * PT_PER_MM, (h - pad) * PT_PER_MM,
                    textW * PT_PER_MM, pad * PT_PER_MM);
            Line lot = lotLine(label.lotCode(), bold, size, qrX, qr, qrY, pad);
            if (lines != null && lot != null) {
                lines.add(lot);
                return new Fitted(w, h, qrX, qrY, qr, lines);
            }
        }
        throw new LabelRunException("label.run.error.cannotFit", label.name(), stock.name(), MIN_PT);
    }

    /** The name and lines top-down from {@code topPt}; null when they overflow {@code bottomPt} at this size. */
    private static List<Line> column(TraceLabel label, PDFont regular, PDFont bold, double size, double xPt, double topPt,
            double widthPt, double bottomPt) {
        List<Line> out = new ArrayList<>();
        double y = topPt;
        double nameSize = size * NAME_SCALE;
        List<String> name = TextWrap.lines(bold, label.name(), nameSize, widthPt);
        if (name == null) {
            return null;
        }
        for (String s : name) {
            y -= lineHeight(bold, nameSize);
            out.add(new Line(s, true, nameSize, xPt, y + descent(bold, nameSize)));
        }
        for (String text : label.lines()) {
            List<String> wrapped = TextWrap.lines(regular, text, size, widthPt);
            if (wrapped == null) {
                return null;
            }
            for (String s : wrapped) {
                y -= lineHeight(regular, size);
                out.add(new Line(s, false, size, xPt, y + descent(regular, size)));
            }
        }
        return y >= bottomPt - 1e-6 ? out : null;
    }

    /** The lot code centred under the QR square, as large as the text beside it but never wider than the square. */
    private static Line lotLine(String code, PDFont bold, double size, double qrX, double qr, double qrY, double pad) {
        double s = size;
        double maxPt = qr * PT_PER_MM;
        while (s >= MIN_PT - 1e-9 && TextWrap.widthPt(bold, code, s) > maxPt) {
            s -= STEP_PT;
        }
        if (s < MIN_PT - 1e-9 || qrY - lineHeight(bold, s) / PT_PER_MM < pad - 1e-6) {
            return null;
        }
        double width = TextWrap.widthPt(bold, code, s);
        double top = qrY * PT_PER_MM;
        return new Line(code, true, s, qrX * PT_PER_MM + (maxPt - width) / 2, top - lineHeight(bold, s) + descent(bold, s));
    }

    /** From the lowest descender to the highest stacked Vietnamese accent (the font's ascent), so lines never touch. */
    static double lineHeight(PDFont font, double sizePt) {
        var d = font.getFontDescriptor();
        return (d.getAscent() - d.getDescent()) / 1000.0 * sizePt;
    }

    private static double descent(PDFont font, double sizePt) {
        return -font.getFontDescriptor().getDescent() / 1000.0 * sizePt;
    }
}
