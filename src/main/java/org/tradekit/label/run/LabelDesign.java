package org.tradekit.label.run;

import java.util.List;

/**
 * How a run's labels look and what is checked before printing: the layout, the chosen fields (null
 * for the layout's defaults), the cooperative's logo, the printer's resolution, whether the labels
 * are for the EU market (x-height rule), whether warnings refuse the run, and the units per carton.
 */
public record LabelDesign(LabelLayout layout, List<String> fields, boolean logo, int dpi, boolean eu, boolean strict,
        Integer perCarton) {
    public static final int DEFAULT_DPI = 300;
    public static final LabelDesign DEFAULT = of(LabelLayout.TRACE);

    public LabelDesign {
        fields = fields == null ? null : List.copyOf(fields);
        if (dpi < 72 || dpi > 4800) {
            throw new LabelRunException("label.check.error.dpi", dpi);
        }
    }

    public static LabelDesign of(LabelLayout layout) {
        return new LabelDesign(layout, null, false, DEFAULT_DPI, false, false, null);
    }

    public LabelDesign withFields(List<String> chosen) {
        return new LabelDesign(layout, chosen, logo, dpi, eu, strict, perCarton);
    }

    public LabelDesign withLogo(boolean on) {
        return new LabelDesign(layout, fields, on, dpi, eu, strict, perCarton);
    }

    public LabelDesign withCheck(int printerDpi, boolean euMarket, boolean strictCheck) {
        return new LabelDesign(layout, fields, logo, printerDpi, euMarket, strictCheck, perCarton);
    }

    public LabelDesign withPerCarton(Integer units) {
        return new LabelDesign(layout, fields, logo, dpi, eu, strict, units);
    }
}
