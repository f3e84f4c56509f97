package org.tradekit.print.codes;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.tradekit.print.Fonts;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;

/**
 * Test sheets: codes drawn into A4 pages of n x 8 cells (3 x 8 of 70 x 37.125 mm is a common label sheet),
 * saved, read back, rendered and decoded one code at a time by cropping its drawn box.
 */
final class CodeSheet {
    static final int ROWS = 8;
    /** QR codes that needed the PURE_BARCODE retry, reported by the tests. */
    static final java.util.concurrent.atomic.AtomicInteger MISSED_BY_DETECTOR = new java.util.concurrent.atomic.AtomicInteger();
    static final double CELL_H = 297.0 / ROWS;

    /** Draws code {@code index} into its cell, whose lower-left corner is (x, y) mm. */
    interface Painter {
        DrawnCode paint(PDPageContentStream cs, PDFont font, int index, double x, double y) throws IOException;
    }

    record Placed(int page, DrawnCode code) {
    }

    private CodeSheet() {
    }

    static List<Placed> write(Path file, int count, Painter painter) throws IOException {
        return write(file, count, 3, painter);
    }

    static List<Placed> write(Path file, int count, int columns, Painter painter) throws IOException {
        int perPage = columns * ROWS;
        double cellWidth = 210.0 / columns;
        List<Placed> out = new ArrayList<>();
        try (PDDocument doc = new PDDocument()) {
            PDFont font = Fonts.load(doc, Fonts.Style.REGULAR);
            PDPageContentStream cs = null;
            for (int i = 0; i < count; i++) {
                int k = i % perPage;
                if (k == 0) {
                    if (cs != null) {
                        cs.close();
                    }
                    PDPage page = new PDPage(PDRectangle.A4);
                    doc.addPage(page);
                    cs = new PDPageContentStream(doc, page);
                }
                double x = (k % columns) * cellWidth;
                double y = 297 - (k / columns + 1) * CELL_H;
                out.add(new Placed(i / perPage, painter.paint(cs, font, i, x, y)));
            }
            if (cs != null) {
                cs.close();
            }
            doc.save(file.toFile());
        }
        return out;
    }

    /** Vector only: no page holds an image XObject (or any XObject). */
    static void assertNoImages(PDDocument doc) throws IOException {
        for (PDPage page : doc.getPages()) {
            for (COSName name : page.getResources().getXObjectNames()) {
                assertThat(page.getResources().isImageXObject(name)).as("image XObject %s", name).isFalse();
            }
            assertThat(page.getResources().getXObjectNames()).isEmpty();
        }
    }

    static PDDocument open(Path file) throws IOException {
        return Loader.loadPDF(file.toFile());
    }

    static BufferedImage render(PDDocument doc, int page, int dpi) throws IOException {
        return new PDFRenderer(doc).renderImageWithDPI(page, dpi, ImageType.GRAY);
    }

    /** Decodes the code drawn in {@code c}'s box (plus 1 mm) on a page rendered at {@code dpi}. */
    static Result decode(BufferedImage page, int dpi, DrawnCode c, BarcodeFormat format, boolean gs1)
            throws NotFoundException {
        double pxPerMm = dpi / 25.4;
        int x0 = Math.max(0, (int) Math.floor((c.x() - 1) * pxPerMm));
        int y0 = Math.max(0, (int) Math.floor((297 - c.top() - 1) * pxPerMm));
        int x1 = Math.min(page.getWidth(), (int) Math.ceil((c.right() + 1) * pxPerMm));
        int y1 = Math.min(page.getHeight(), (int) Math.ceil((297 - c.y() + 1) * pxPerMm));
        BufferedImage crop = page.getSubimage(x0, y0, x1 - x0, y1 - y0);
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.POSSIBLE_FORMATS, List.of(format));
        hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        if (gs1) {
            hints.put(DecodeHintType.ASSUME_GS1, Boolean.TRUE);
        }
        BufferedImageLuminanceSource source = new BufferedImageLuminanceSource(crop);
        try {
            return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(source)), hints);
        } catch (NotFoundException e) {
            if (format != BarcodeFormat.QR_CODE) {
                throw e;
            }
            // ZXing's finder-pattern detector misses the odd flawless synthetic code that zbar reads;
            // the crop holds exactly one code in its quiet zone, which is what PURE_BARCODE reads
            MISSED_BY_DETECTOR.incrementAndGet();
            hints.put(DecodeHintType.PURE_BARCODE, Boolean.TRUE);
            try {
                return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(source)), hints);
            } catch (NotFoundException again) {
                return new MultiFormatReader().decode(new BinaryBitmap(new GlobalHistogramBinarizer(source)), hints);
            }
        }
    }
}
