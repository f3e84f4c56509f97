package org.tradekit.brochure;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** The paper sizes brochures are made for, with print-ready margins (most office printers cannot print the outer 5 mm). */
public enum Paper {
    A4(PDRectangle.A4, 15, 1.0f), A5(PDRectangle.A5, 11, 0.82f);

    static final float PT_PER_MM = 72f / 25.4f;
    private final PDRectangle size;
    private final float marginMm;
    private final float scale;

    Paper(PDRectangle size, float marginMm, float scale) {
        this.size = size;
        this.marginMm = marginMm;
        this.scale = scale;
    }

    PDRectangle size() {
        return size;
    }

    float width() {
        return size.getWidth();
    }

    float height() {
        return size.getHeight();
    }

    float margin() {
        return marginMm * PT_PER_MM;
    }

    /** Type sizes relative to A4: smaller paper, smaller type, same proportions. */
    float scale() {
        return scale;
    }

    public static Optional<Paper> of(String name) {
        return Arrays.stream(values()).filter(p -> p.name().equals(name == null ? "" : name.strip().toUpperCase(Locale.ROOT)))
                .findFirst();
    }
}
