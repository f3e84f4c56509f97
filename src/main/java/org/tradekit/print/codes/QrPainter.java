package org.tradekit.print.codes;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.util.Matrix;

/**
 * Draws a QR code into a PDF page as vector rectangles (never an image), so it stays sharp at any
 * printer resolution and costs a few hundred bytes. Positions and sizes are in millimetres from the
 * page's lower-left corner; the 4-module quiet zone is reserved (left unpainted) around the code.
 */
public final class QrPainter {
    public static final int QUIET_ZONE = 4;

    private QrPainter() {
    }

    /** The side of the square a code takes with its quiet zone. */
    public static double sideMm(QrSymbol qr, double moduleMm) {
        return (qr.size() + 2 * QUIET_ZONE) * moduleMm;
    }

    /** Draws with the given module size; (x, y) is the lower-left corner of the quiet zone. */
    public static DrawnCode draw(PDPageContentStream cs, QrSymbol qr, double x, double y, double moduleMm)
            throws IOException {
        if (!(moduleMm > 0)) {
            throw new IllegalArgumentException("module size must be positive: " + moduleMm);
        }
        float m = (float) (moduleMm * Runs.PT_PER_MM);
        float ox = (float) (x * Runs.PT_PER_MM) + QUIET_ZONE * m;
        float oy = (float) (y * Runs.PT_PER_MM) + QUIET_ZONE * m;
        cs.saveGraphicsState();
        cs.transform(new Matrix(m, 0, 0, m, ox, oy)); // module units: every rectangle is small integers
        cs.setNonStrokingColor(0f);
        int n = qr.size();
        for (int r = 0; r < n; r++) {
            Runs.add(cs, qr.row(r), 0, n, n - 1 - r, 1);
        }
        cs.fill();
        cs.restoreGraphicsState();
        double side = sideMm(qr, moduleMm);
        return new DrawnCode(Symbology.QR, x, y, side, side, moduleMm, qr.size() + 2 * QUIET_ZONE);
    }

    /** Draws so that the code with its quiet zone fills a square of {@code sideMm}. */
    public static DrawnCode drawSized(PDPageContentStream cs, QrSymbol qr, double x, double y, double sideMm)
            throws IOException {
        return draw(cs, qr, x, y, sideMm / (qr.size() + 2 * QUIET_ZONE));
    }
}
