package org.tradekit.label.ui;

import java.util.ArrayList;
import java.util.List;

import org.tradekit.label.record.SerialRange;
import org.tradekit.label.run.LabelDesign;
import org.tradekit.label.run.LabelLayout;
import org.tradekit.label.run.LabelRunException;
import org.tradekit.label.run.LabelRunRequest;
import org.tradekit.label.stock.LabelStock;
import org.tradekit.print.codes.QrErrorCorrection;

/**
 * A run as chosen on the screen: one or more lots, each with its number of distinct labels, printed
 * one after another, each label {@code copies} times; its serials, if any, are planned only when it is printed.
 */
record RunChoice(List<Line> lines, LabelStock stock, int startAt, String lang, boolean serials, LabelLayout layout,
        int perCarton, QrErrorCorrection ecc, int copies, Content content) {
    /** What goes on each label and what is checked before printing: the ticked fields, the logo, the printer's dpi, EU market. */
    record Content(List<String> fields, boolean logo, int dpi, boolean eu) {
        Content {
            fields = List.copyOf(fields);
        }

        /** The layout's default fields, no logo, 300 dpi, not for the EU. */
        static Content defaults(LabelLayout layout) {
            return new Content(layout.fields(null), false, LabelDesign.DEFAULT_DPI, false);
        }
    }

    /** One lot of the run and how many labels of it. */
    record Line(String lotId, String lotCode, int count) {
    }

    RunChoice {
        lines = List.copyOf(lines);
    }

    /** Each lot's request, with its planned serials ({@code ranges} in the lines' order, null for none). */
    List<LabelRunRequest> requests(List<SerialRange> ranges) {
        List<LabelRunRequest> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            out.add(new LabelRunRequest(l.lotId(), stock, l.count(), startAt, lang, ranges.get(i), copies));
        }
        return out;
    }

    List<String> lotCodes() {
        return lines.stream().map(Line::lotCode).toList();
    }

    /**
     * The layout with the chosen fields, logo and check; carton labels say how many units a carton
     * holds. No field ticked is refused in words (the design would fall back to the layout's defaults).
     */
    LabelDesign design() {
        if (content.fields().isEmpty()) {
            throw new LabelRunException("label.ui.fields.none");
        }
        LabelDesign d = LabelDesign.of(layout).withFields(content.fields()).withLogo(content.logo())
                .withCheck(content.dpi(), content.eu(), false).withErrorCorrection(ecc);
        return layout == LabelLayout.CARTON ? d.withPerCarton(perCarton) : d;
    }
}
