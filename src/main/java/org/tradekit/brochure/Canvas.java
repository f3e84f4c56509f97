package org.tradekit.brochure;

import java.awt.Color;
import java.io.Closeable;
import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.tradekit.print.codes.QrErrorCorrection;
import org.tradekit.print.codes.QrPainter;
import org.tradekit.print.codes.QrSymbol;

/**
 * One page being drawn, in points measured from the page's TOP-left corner (layout thinks top-down;
 * PDF counts from the bottom). Text goes through the brochure's {@link Typeface}.
 */
final class Canvas implements Closeable {
    private final PDPage page;
    private final PDPageContentStream cs;
    private final Typeface face;
    private final float height;

    Canvas(PDDocument doc, PDPage page, Typeface face) throws IOException {
        this.page = page;
        this.cs = new PDPageContentStream(doc, page);
        this.face = face;
        this.height = page.getMediaBox().getHeight();
    }

    PDPage page() {
        return page;
    }

    /** One line of printable text; {@code top} is the top of its line box (the baseline sits 0.8 size below). */
    void text(String printable, float x, float top, float size, boolean heavy, Color colour) throws IOException {
        if (printable.isEmpty()) {
            return;
        }
        cs.setNonStrokingColor(colour);
        face.show(cs, printable, x, height - top - size * 0.95f, size, heavy);
    }

    /** Lines under each other; returns the height they took. */
    float lines(List<String> lines, float x, float top, float size, boolean heavy, Color colour) throws IOException {
        float lead = leading(size);
        for (int i = 0; i < lines.size(); i++) {
            text(lines.get(i), x, top + i * lead, size, heavy, colour);
        }
        return lines.size() * lead;
    }

    static float leading(float size) {
        return size * 1.3f;
    }

    /** Right-aligned single line ending at {@code right}. */
    void textRight(String printable, float right, float top, float size, boolean heavy, Color colour) throws IOException {
        text(printable, right - face.width(printable, size, heavy), top, size, heavy, colour);
    }

    /** Single line centred on {@code centre}. */
    void textCentered(String printable, float centre, float top, float size, Color colour) throws IOException {
        text(printable, centre - face.width(printable, size, false) / 2, top, size, false, colour);
    }

    void fill(Color colour, float x, float top, float w, float h) throws IOException {
        cs.setNonStrokingColor(colour);
        cs.addRect(x, height - top - h, w, h);
        cs.fill();
    }

    void rule(Color colour, float x, float top, float w, float thickness) throws IOException {
        fill(colour, x, top, w, thickness);
    }

    void frame(Color colour, float x, float top, float w, float h, float thickness) throws IOException {
        cs.setStrokingColor(colour);
        cs.setLineWidth(thickness);
        cs.addRect(x, height - top - h, w, h);
        cs.stroke();
    }

    void image(PDImageXObject image, float x, float top, float w, float h) throws IOException {
        cs.drawImage(image, x, height - top - h, w, h);
    }

    /**
     * A QR code of {@code uri} filling a square of {@code side} points (quiet zone included), drawn as
     * vector rectangles, with a link annotation over it so a reader on screen can click what a phone scans.
     */
    void qr(String uri, float x, float top, float side) throws IOException {
        qr(uri, uri, x, top, side);
    }

    /** A QR code of {@code content} (a vCard...) whose link goes to {@code linkUri}, when there is one. */
    void qr(String content, String linkUri, float x, float top, float side) throws IOException {
        QrSymbol symbol = QrSymbol.encode(content, QrErrorCorrection.M);
        float mm = Paper.PT_PER_MM;
        QrPainter.drawSized(cs, symbol, x / mm, (height - top - side) / mm, side / mm);
        if (linkUri != null) {
            link(linkUri, x, top, side, side);
        }
    }

    void link(String uri, float x, float top, float w, float h) throws IOException {
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(new PDRectangle(x, height - top - h, w, h));
        PDBorderStyleDictionary none = new PDBorderStyleDictionary();
        none.setWidth(0);
        link.setBorderStyle(none);
        PDActionURI action = new PDActionURI();
        action.setURI(uri);
        link.setAction(action);
        page.getAnnotations().add(link);
    }

    @Override
    public void close() throws IOException {
        cs.close();
    }
}
