package org.tradekit.print.preview;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * A page of a PDF as a picture, drawn by PDFBox's renderer from the file itself, so a preview
 * shows exactly what was written (fonts, vector codes, positions), never a second drawing of it.
 */
public final class PdfPreview {
    private PdfPreview() {
    }

    /** Page {@code page} (0-based) of {@code pdf} at {@code dpi} pixels an inch, in colour. */
    public static BufferedImage render(Path pdf, int page, float dpi) {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFRenderer(doc).renderImageWithDPI(page, dpi, ImageType.RGB);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The resolution at which a page of this size is {@code longestPx} pixels along its longer side,
     * at most {@code maxDpi} (a small roll label would otherwise need thousands of dpi).
     */
    public static float dpiFor(double widthMm, double heightMm, int longestPx, float maxDpi) {
        double inches = Math.max(widthMm, heightMm) / 25.4;
        return (float) Math.min(maxDpi, longestPx / inches);
    }
}
