package org.tradekit.print.codes;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Adds one rectangle per run of dark modules in a row, in module units: a QR code of version 4
 * needs about 250 rectangles instead of about 550 single modules, and adjacent rectangles in one
 * filled path leave no hairline seams at any resolution.
 */
final class Runs {
    static final float PT_PER_MM = 72f / 25.4f;

    private Runs() {
    }

    /** Adds the runs of {@code row} between {@code from} and {@code to} (exclusive), at height y..y+h. */
    static void add(PDPageContentStream cs, boolean[] row, int from, int to, float y, float h) throws IOException {
        int i = from;
        while (i < to) {
            if (!row[i]) {
                i++;
                continue;
            }
            int start = i;
            while (i < to && row[i]) {
                i++;
            }
            cs.addRect(start, y, i - start, h);
        }
    }
}
