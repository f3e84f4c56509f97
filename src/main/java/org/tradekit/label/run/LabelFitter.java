package org.tradekit.label.run;

import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDFont;
import org.tradekit.label.stock.LabelShape;
import org.tradekit.label.stock.LabelStock;
import org.tradekit.print.codes.BarPainter;
import org.tradekit.print.codes.LinearSymbol;
import org.tradekit.print.codes.QrPainter;
import org.tradekit.print.codes.ScanCheck;
import org.tradekit.print.codes.Symbology;

/**
 * Fits a label's content on a stock's label. A QR code goes top right in a square (quiet zone
 * included) with the caption under it and the text in the column to its left; a linear code goes
 * along the bottom at the largest module that fits (whole printer dots) and the text above it; the
 * logo, if any, tops the text column. Text starts at the layout's largest size and shrinks in steps
 * to {@link #MIN_PT}, wrapping at spaces; if it still does not fit, the run is refused before any
 * file is written. Text never crosses a code's box, which includes its quiet zones, nor the label's
 * padding.
 */
public final class LabelFitter {
    static final double MIN_PT = 5;
    static final double STEP_PT = 0.25;
    static final double TITLE_SCALE = 1.25;
    static final double GAP_MM = 1;
    /** Below this the bars are too short for a hand scanner's line to cross them reliably. */
    static final double MIN_BAR_MM = 5;
    /** A linear code takes at most this share of the label's height; the rest is for text. */
    static final double CODE_SHARE = 0.6;
    private static final double PT_PER_MM = LabelFonts.PT_PER_MM;

    private final LabelFonts fonts;
    private final int dpi;

    /** @param dpi the printer's resolution, to which module sizes are rounded (whole dots print evenly) */
    public LabelFitter(LabelFonts fonts, int dpi) {
        this.fonts = fonts;
        this.dpi = dpi;
    }

    /**
     * Lays {@code c} out on {@code stock}'s label, or refuses with the reason in words.
     *
     * @param maxPt the body text's largest size
     * @param logoAspect the logo's width over its height, 0 for no logo
     */
    public FittedLabel fit(LabelStock stock, LabelContent c, double maxPt, double logoAspect) {
        if (!(stock.shape() instanceof LabelShape.Rectangle rect)) {
            throw new LabelRunException("label.run.error.shape", stock.name());
        }
        double w = stock.shape().width().mm();
        double h = stock.shape().height().mm();
        double pad = Math.max(1.5, Math.min(3, rect.cornerRadius().mm() * 0.3 + Math.min(w, h) * 0.04));
        double innerW = w - 2 * pad;
        double innerH = h - 2 * pad;
        Area a;
        if (c.code() instanceof LabelCode.Qr) {
            a = qrArea(stock, c, h, pad, innerW, innerH);
        } else if (c.code() instanceof LabelCode.Linear l) {
            a = linearArea(stock, l.symbol(), pad, innerW, innerH);
        } else {
            a = new Area(null, pad, h - pad, innerW, pad);
        }
        FittedLabel.Box logo = null;
        double top = a.top;
        if (logoAspect > 0) {
            double lh = Math.min(10, (top - a.bottom) * 0.3);
            double lw = Math.min(a.width, lh * logoAspect);
            lh = lw / logoAspect;
            logo = new FittedLabel.Box(a.x, top - lh, lw, lh);
            top -= lh + GAP_MM;
        }
        for (double size = maxPt; size >= MIN_PT - 1e-9; size -= STEP_PT) {
            List<FittedLabel.Line> lines = column(c, size, a.x * PT_PER_MM, top * PT_PER_MM, a.width * PT_PER_MM,
                    a.bottom * PT_PER_MM);
            if (lines == null) {
                continue;
            }
            if (c.caption() != null && c.code() instanceof LabelCode.Qr) {
                FittedLabel.Line caption = captionLine(c.caption(), size, a.code.box(), pad);
                if (caption == null) {
                    continue;
                }
                lines.add(caption);
            }
            return new FittedLabel(w, h, lines, a.code, logo, size);
        }
        throw new LabelRunException("label.run.error.cannotFit", c.title(), stock.name(), MIN_PT);
    }

    /** The text column (x, top, width, bottom, in mm) and the code's box. */
    private record Area(FittedLabel.CodeBox code, double x, double top, double width, double bottom) {
    }

    private Area qrArea(LabelStock stock, LabelContent c, double h, double pad, double innerW, double innerH) {
        double captionMm = c.caption() == null ? 0 : lineHeight(fonts.bold(), MIN_PT) / PT_PER_MM;
        double qr = Math.min(innerH - captionMm, innerW * 0.5);
        double textW = innerW - qr - GAP_MM;
        if (qr < 10 || textW < 5) {
            throw new LabelRunException("label.run.error.tooSmall", stock.name(), stock.shape().width().mmText(),
                    stock.shape().height().mmText());
        }
        var box = new FittedLabel.Box(pad + innerW - qr, h - pad - qr, qr, qr);
        return new Area(new FittedLabel.CodeBox(box, 0, 0), pad, h - pad, textW, pad);
    }

    private Area linearArea(LabelStock stock, LinearSymbol sym, double pad, double innerW, double innerH) {
        Symbology s = sym.symbology();
        int modules = s.quietLeft() + sym.length() + s.quietRight();
        double widest = innerW / modules;
        double suggested = ScanCheck.forPrinter(dpi).suggestedModuleMm(s);
        double x = snap(Math.min(Math.max(nominalModuleMm(s), suggested), widest));
        if (x < suggested && suggested <= widest) {
            x = suggested;
        }
        double textZone = BarPainter.textZoneMm(s, x);
        double height = Math.min(textZone + nominalBarMm(s, x), innerH * CODE_SHARE);
        double bars = height - textZone;
        if (bars < MIN_BAR_MM) {
            throw new LabelRunException("label.layout.error.tooSmall", stock.name(), stock.shape().width().mmText(),
                    stock.shape().height().mmText(), ScanCheck.label(s));
        }
        double boxW = Math.max(modules * x, hriWidthMm(sym, x));
        if (boxW > innerW + 1e-6) {
            throw new LabelRunException("label.layout.error.tooSmall", stock.name(), stock.shape().width().mmText(),
                    stock.shape().height().mmText(), ScanCheck.label(s));
        }
        var box = new FittedLabel.Box(pad + (innerW - boxW) / 2, pad, boxW, height);
        return new Area(new FittedLabel.CodeBox(box, x, bars), pad, pad + innerH, innerW, pad + height + GAP_MM);
    }

    private double hriWidthMm(LinearSymbol sym, double moduleMm) {
        try {
            return BarPainter.textWidthMm(sym, moduleMm, fonts.regular());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The X-dimension GS1 calls 100 %: 0.33 mm for EAN/UPC, 0.495 mm for GS1-128 on logistic labels. */
    private static double nominalModuleMm(Symbology s) {
        return s == Symbology.GS1_128 ? 0.495 : 0.33;
    }

    /** EAN-13's 22.85 mm at 0.33 mm is 69 modules; GS1-128 gets 40 modules (13 mm at 0.33 mm). */
    private static double nominalBarMm(Symbology s, double moduleMm) {
        return (s == Symbology.GS1_128 ? 40 : 69.24) * moduleMm;
    }

    /** A module rounded down to whole printer dots, when that leaves at least two dots. */
    /** {@code mm} moved to the nearest of the printer's dots: a code drawn on the dot grid prints (and renders) crisp. */
    double onDotGrid(double mm) {
        double dot = 25.4 / dpi;
        return Math.round(mm / dot) * dot;
    }

    double snap(double moduleMm) {
        int dots = (int) Math.floor(moduleMm / 25.4 * dpi + 1e-9);
        return dots >= 2 ? dots * 25.4 / dpi : moduleMm;
    }

    /** A QR code's module in its square: the square over the modules (quiet zone included), in whole dots. */
    double qrModuleMm(FittedLabel.CodeBox square, int qrSize) {
        return snap(square.box().widthMm() / (qrSize + 2 * QrPainter.QUIET_ZONE));
    }

    /** The title and fields top-down from {@code topPt}; null when they overflow {@code bottomPt} at this size. */
    private List<FittedLabel.Line> column(LabelContent c, double size, double xPt, double topPt, double widthPt,
            double bottomPt) {
        List<FittedLabel.Line> out = new ArrayList<>();
        double[] y = {topPt};
        if (c.title() != null && !c.title().isBlank()
                && !add(out, y, new LabelText("title", c.title(), true, TITLE_SCALE), size, xPt, widthPt)) {
            return null;
        }
        for (LabelText t : c.fields()) {
            if (!add(out, y, t, size, xPt, widthPt)) {
                return null;
            }
        }
        return y[0] >= bottomPt - 1e-6 ? out : null;
    }

    private boolean add(List<FittedLabel.Line> out, double[] y, LabelText t, double size, double xPt, double widthPt) {
        PDFont font = fonts.of(t.bold());
        double s = size * t.scale();
        List<String> wrapped = TextWrap.lines(font, t.text(), s, widthPt);
        if (wrapped == null) {
            return false;
        }
        for (String line : wrapped) {
            y[0] -= lineHeight(font, s);
            out.add(new FittedLabel.Line(t.key(), line, t.bold(), s, xPt, y[0] + descent(font, s)));
        }
        return true;
    }

    /** The caption centred under the QR square, as large as the text beside it but never wider than the square. */
    private FittedLabel.Line captionLine(String code, double size, FittedLabel.Box qr, double pad) {
        PDFont bold = fonts.bold();
        double s = size;
        double maxPt = qr.widthMm() * PT_PER_MM;
        while (s >= MIN_PT - 1e-9 && TextWrap.widthPt(bold, code, s) > maxPt) {
            s -= STEP_PT;
        }
        if (s < MIN_PT - 1e-9 || qr.yMm() - lineHeight(bold, s) / PT_PER_MM < pad - 1e-6) {
            return null;
        }
        double width = TextWrap.widthPt(bold, code, s);
        double top = qr.yMm() * PT_PER_MM;
        return new FittedLabel.Line("caption", code, true, s, qr.xMm() * PT_PER_MM + (maxPt - width) / 2,
                top - lineHeight(bold, s) + descent(bold, s));
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
