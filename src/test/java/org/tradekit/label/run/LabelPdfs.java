package org.tradekit.label.run;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.tradekit.label.stock.LabelPlacement;
import org.tradekit.label.stock.LabelStock;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.ResultPoint;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.detector.Detector;

/** Reading label PDFs back: rendered pages, a label's code decoded by ZXing, the glyphs and where they are. */
public final class LabelPdfs {
    public static final int DPI = 300;

    private LabelPdfs() {
    }

    /** A 2:1 green oval on white, as a cooperative's logo. */
    public static byte[] png(int w, int h) throws IOException {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(20, 110, 40));
        g.fillOval(10, 10, w - 20, h - 20);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    /** The images in the label forms of each page (a label is a form holding its images), one entry per form and page. */
    public static List<Object> placedImages(PDDocument doc) throws IOException {
        List<Object> out = new ArrayList<>();
        for (PDPage page : doc.getPages()) {
            for (COSName n : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(n) instanceof PDFormXObject label) {
                    for (COSName i : label.getResources().getXObjectNames()) {
                        if (label.getResources().getXObject(i) instanceof PDImageXObject image) {
                            out.add(image.getCOSObject());
                        }
                    }
                }
            }
        }
        return out;
    }

    public static BufferedImage render(PDDocument doc, int page) throws IOException {
        return render(doc, page, DPI);
    }

    public static BufferedImage render(PDDocument doc, int page, int dpi) throws IOException {
        return new PDFRenderer(doc).renderImageWithDPI(page, dpi, ImageType.GRAY);
    }

    /** Decodes the code in {@code fit}'s code box of the label at {@code at}, on its rendered page, with a 1 mm margin. */
    public static Result decode(BufferedImage page, LabelPlacement at, FittedLabel fit, BarcodeFormat format) throws NotFoundException {
        return decode(page, DPI, at, fit, format);
    }

    public static Result decode(BufferedImage page, int dpi, LabelPlacement at, FittedLabel fit, BarcodeFormat format)
            throws NotFoundException {
        double px = dpi / 25.4;
        FittedLabel.Box b = fit.code().box();
        double left = at.x().mm() + b.xMm() - 1;
        double top = at.y().mm() + (fit.heightMm() - b.topMm()) - 1;
        BufferedImage crop = page.getSubimage((int) (left * px), (int) (top * px), (int) Math.ceil((b.widthMm() + 2) * px),
                (int) Math.ceil((b.heightMm() + 2) * px));
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.POSSIBLE_FORMATS, List.of(format));
        hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        if (format == BarcodeFormat.CODE_128) {
            hints.put(DecodeHintType.ASSUME_GS1, Boolean.TRUE); // FNC1 first: "]C1", later ones: GS
        }
        try {
            return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(crop))), hints);
        } catch (NotFoundException e) {
            // ZXing's finder misses a few of the (random-tagged) serial codes on a clean render; a phone retries
            // frames, so the test retries ways: the crop holds one code in its quiet zone, then the box alone
            hints.put(DecodeHintType.PURE_BARCODE, Boolean.TRUE);
            try {
                return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(crop))),
                        hints);
            } catch (NotFoundException again) {
                int margin = (int) Math.ceil(px);
                BufferedImage tight = crop.getSubimage(margin, margin, crop.getWidth() - 2 * margin, crop.getHeight() - 2 * margin);
                try {
                    return new MultiFormatReader().decode(new BinaryBitmap(new GlobalHistogramBinarizer(
                            new BufferedImageLuminanceSource(tight))), hints);
                } catch (NotFoundException still) { // as from farther away or nearer: the same crop at other sizes
                    hints.remove(DecodeHintType.PURE_BARCODE);
                    return atOtherSizes(crop, hints);
                }
            }
        }
    }

    /**
     * ZXing's finder misreads a few clean symbols (module runs that look like finder patterns next to text); a phone
     * moves and reads again, so the test reads the crop again at other scales, then framed closer, before calling the label unreadable.
     */
    private static Result atOtherSizes(BufferedImage crop, Map<DecodeHintType, Object> hints) throws NotFoundException {
        for (double scale : new double[] {2.0 / 3, 0.5, 0.8, 1.25}) {
            BufferedImage scaled = new BufferedImage((int) (crop.getWidth() * scale), (int) (crop.getHeight() * scale),
                    BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D g = scaled.createGraphics();
            g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(crop, 0, 0, scaled.getWidth(), scaled.getHeight(), null);
            g.dispose();
            try {
                return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                        new BufferedImageLuminanceSource(scaled))), hints);
            } catch (NotFoundException tryAnother) {
                // next size
            }
        }
        // framed closer, as a phone is pointed at the code: each side's 60 % of a label with text beside the code
        int w = crop.getWidth();
        int h = crop.getHeight();
        int part = (int) ((w >= h ? w : h) * 0.6);
        for (BufferedImage side : w >= h ? List.of(crop.getSubimage(w - part, 0, part, h), crop.getSubimage(0, 0, part, h))
                : List.of(crop.getSubimage(0, 0, w, part), crop.getSubimage(0, h - part, w, part))) {
            try {
                return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                        new BufferedImageLuminanceSource(side))), hints);
            } catch (NotFoundException tryAnother) {
                // the other side
            }
        }
        return framedByFinders(crop);
    }

    /**
     * ZXing's detector can take a run of data modules for the bottom-left finder pattern and then sample the
     * code on a wrong grid (a checksum error on a crisp render that zbar reads). The top-left and top-right
     * finders it found are right: the symbol is the square they span (the module size measured across the
     * top-left finder's 3-module core), read as a pure code with a 2-module quiet zone.
     */
    private static Result framedByFinders(BufferedImage crop) throws NotFoundException {
        try {
            BitMatrix bits = new HybridBinarizer(new BufferedImageLuminanceSource(crop)).getBlackMatrix();
            ResultPoint[] p = new Detector(bits).detect(Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getPoints();
            int cx = Math.round(p[1].getX());
            int cy = Math.round(p[1].getY());
            int from = cx;
            int to = cx;
            while (from > 0 && bits.get(from - 1, cy)) {
                from--;
            }
            while (to < bits.getWidth() - 1 && bits.get(to + 1, cy)) {
                to++;
            }
            float module = (to - from + 1) / 3f;
            float side = ResultPoint.distance(p[1], p[2]) + 7 * module;
            int left = Math.max(0, Math.round(p[1].getX() - 5.5f * module));
            int top = Math.max(0, Math.round(p[1].getY() - 5.5f * module));
            int size = Math.round(side + 4 * module);
            BufferedImage code = crop.getSubimage(left, top, Math.min(size, crop.getWidth() - left),
                    Math.min(size, crop.getHeight() - top));
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(code))),
                    Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE));
        } catch (FormatException | ChecksumException | RuntimeException e) {
            throw NotFoundException.getNotFoundInstance();
        }
    }

    /** Decodes the one code on the label at {@code at}: the whole label's rectangle is cropped. */
    public static Result decodeLabel(BufferedImage page, LabelPlacement at, LabelStock stock, BarcodeFormat format)
            throws NotFoundException {
        double w = stock.shape().width().mm();
        double h = stock.shape().height().mm();
        FittedLabel whole = new FittedLabel(w, h, List.of(), new FittedLabel.CodeBox(new FittedLabel.Box(1, 1, w - 2, h - 2), 0, 0),
                null, 0);
        return decode(page, DPI, at, whole, format);
    }

    /** Every glyph drawn on a page, with its box in mm from the page's top-left corner. */
    public record Glyph(String text, double x, double top, double width, double height) {
    }

    public static List<Glyph> glyphs(PDDocument doc, int page) throws IOException {
        List<Glyph> out = new ArrayList<>();
        double mm = 25.4 / 72;
        PDFTextStripper s = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                for (TextPosition p : positions) {
                    out.add(new Glyph(p.getUnicode(), p.getXDirAdj() * mm, (p.getYDirAdj() - p.getHeightDir()) * mm,
                            p.getWidthDirAdj() * mm, p.getHeightDir() * mm));
                }
            }
        };
        s.setStartPage(page + 1);
        s.setEndPage(page + 1);
        s.getText(doc);
        return out;
    }

    public static String words(PDDocument doc) throws IOException {
        return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
}
