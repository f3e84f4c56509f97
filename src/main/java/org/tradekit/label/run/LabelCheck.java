package org.tradekit.label.run;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.tradekit.print.codes.ScanCheck;
import org.tradekit.print.codes.ScanWarning;
import org.tradekit.print.codes.Symbology;

/**
 * The check before printing: codes whose module the printer cannot render evenly or that are below
 * GS1's minimum ({@link ScanCheck}), text that had to shrink below a readable size, and for the EU
 * market text whose x-height is below the 1.2 mm of Regulation (EU) 1169/2011 (Annex IV). Each
 * finding is said once, however many labels share it.
 */
final class LabelCheck {
    static final double EU_MIN_X_HEIGHT_MM = 1.2;
    /** Below this, text on a label is hard to read at arm's length. */
    static final double READABLE_MIN_PT = 6;

    /** A code as it will be drawn: its symbology and module size. */
    record CodeSize(Symbology symbology, double moduleMm) {
    }

    private LabelCheck() {
    }

    static List<LabelWarning> check(Collection<FittedLabel> fits, Collection<CodeSize> codes, LabelFonts fonts,
            LabelDesign design) {
        Set<LabelWarning> out = new LinkedHashSet<>();
        ScanCheck scan = ScanCheck.forPrinter(design.dpi());
        for (CodeSize c : codes) {
            for (ScanWarning w : scan.check(c.symbology(), c.moduleMm())) {
                out.add(new LabelWarning(w.key(), List.of(w.args())));
            }
        }
        FittedLabel.Line smallest = null;
        FittedLabel.Line lowestX = null;
        for (FittedLabel f : fits) {
            for (FittedLabel.Line l : f.lines()) {
                if (smallest == null || l.sizePt() < smallest.sizePt()) {
                    smallest = l;
                }
                if (lowestX == null || fonts.xHeightMm(l.bold(), l.sizePt()) < fonts.xHeightMm(lowestX.bold(), lowestX.sizePt())) {
                    lowestX = l;
                }
            }
        }
        if (smallest != null && smallest.sizePt() < READABLE_MIN_PT - 1e-9) {
            out.add(new LabelWarning("label.check.smallText", List.of(smallest.sizePt(), READABLE_MIN_PT, smallest.text())));
        }
        if (design.eu() && lowestX != null) {
            double xh = fonts.xHeightMm(lowestX.bold(), lowestX.sizePt());
            if (xh < EU_MIN_X_HEIGHT_MM - 1e-9) {
                double needed = lowestX.sizePt() * EU_MIN_X_HEIGHT_MM / xh;
                out.add(new LabelWarning("label.check.xHeight", List.of(xh, lowestX.sizePt(), EU_MIN_X_HEIGHT_MM,
                        Math.ceil(needed * 4) / 4, lowestX.text())));
            }
        }
        return new ArrayList<>(out);
    }
}
