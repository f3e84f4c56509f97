package org.tradekit.label.run;

import java.util.List;

import org.tradekit.print.codes.QrErrorCorrection;

/**
 * How a run's labels look and what is checked before printing: the layout, the chosen fields (null
 * for the layout's defaults), the cooperative's logo, the printer's resolution, whether the labels
 * are for the EU market (x-height rule), whether warnings refuse the run, the units per carton, and
 * the QR codes' error correction (M unless chosen: H survives a scuffed sack, L packs a long link smaller).
 */
public record LabelDesign(LabelLayout layout, List<String> fields, boolean logo, int dpi, boolean eu, boolean strict,
        Integer perCarton, QrErrorCorrection ecc) {
    public static final int DEFAULT_DPI = 300;
    public static final LabelDesign DEFAULT = of(LabelLayout.TRACE);

    public LabelDesign {
        fields = fields == null ? null : List.copyOf(fields);
        ecc = ecc == null ? QrErrorCorrection.DEFAULT : ecc;
        if (dpi < 72 || dpi > 4800) {
            throw new LabelRunException("label.check.error.dpi", dpi);
        }
    }

    public static LabelDesign of(LabelLayout layout) {
        return new LabelDesign(layout, null, false, DEFAULT_DPI, false, false, null, QrErrorCorrection.DEFAULT);
    }

    public LabelDesign withFields(List<String> chosen) {
        return new LabelDesign(layout, chosen, logo, dpi, eu, strict, perCarton, ecc);
    }

    public LabelDesign withLogo(boolean on) {
        return new LabelDesign(layout, fields, on, dpi, eu, strict, perCarton, ecc);
    }

    public LabelDesign withCheck(int printerDpi, boolean euMarket, boolean strictCheck) {
        return new LabelDesign(layout, fields, logo, printerDpi, euMarket, strictCheck, perCarton, ecc);
    }

    public LabelDesign withPerCarton(Integer units) {
        return new LabelDesign(layout, fields, logo, dpi, eu, strict, units, ecc);
    }

    public LabelDesign withErrorCorrection(QrErrorCorrection level) {
        return new LabelDesign(layout, fields, logo, dpi, eu, strict, perCarton, level);
    }
}
