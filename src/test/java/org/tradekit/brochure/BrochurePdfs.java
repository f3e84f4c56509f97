package org.tradekit.brochure;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.contentstream.operator.state.SetGraphicsStateParameters;
import org.apache.pdfbox.contentstream.operator.state.SetMatrix;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.util.Matrix;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;

/** Reading brochures back: text, fonts, placed images with their resolution, links and the QR codes under them. */
final class BrochurePdfs {
    static final int DPI = 300;

    /** An image drawn on a page: its pixels and the size it is printed at, in points. */
    record Placed(int page, int pixelsWide, int pixelsHigh, double widthPt, double heightPt) {
        double dpiX() {
            return pixelsWide / (widthPt / 72);
        }

        double dpiY() {
            return pixelsHigh / (heightPt / 72);
        }
    }

    /** A link on a page, and what the QR code under it decodes to (null when it has none or it does not decode). */
    record Link(int page, String uri, String decoded) {
    }

    private BrochurePdfs() {
    }

    static String text(PDDocument doc, int page) throws IOException {
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(page + 1);
        s.setEndPage(page + 1);
        return s.getText(doc);
    }

    static List<String> fonts(PDDocument doc) throws IOException {
        List<String> out = new ArrayList<>();
        for (PDPage page : doc.getPages()) {
            for (COSName n : page.getResources().getFontNames()) {
                PDFont f = page.getResources().getFont(n);
                if (!out.contains(f.getName())) {
                    out.add(f.getName());
                }
            }
        }
        return out;
    }

    static List<Placed> images(PDDocument doc) throws IOException {
        List<Placed> out = new ArrayList<>();
        for (int i = 0; i < doc.getNumberOfPages(); i++) {
            int page = i;
            PDFStreamEngine engine = new PDFStreamEngine() {
                {
                    addOperator(new Concatenate(this));
                    addOperator(new DrawObject(this));
                    addOperator(new SetGraphicsStateParameters(this));
                    addOperator(new Save(this));
                    addOperator(new Restore(this));
                    addOperator(new SetMatrix(this));
                }

                @Override
                protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
                    if ("Do".equals(operator.getName())) {
                        PDXObject x = getResources().getXObject((COSName) operands.get(0));
                        if (x instanceof PDImageXObject image) {
                            Matrix m = getGraphicsState().getCurrentTransformationMatrix();
                            out.add(new Placed(page, image.getWidth(), image.getHeight(), m.getScalingFactorX(),
                                    m.getScalingFactorY()));
                            return;
                        }
                    }
                    super.processOperator(operator, operands);
                }
            };
            engine.processPage(doc.getPage(i));
        }
        return out;
    }

    /** Every link annotation, with the QR code rendered under it decoded. */
    static List<Link> links(PDDocument doc) throws IOException {
        List<Link> out = new ArrayList<>();
        PDFRenderer renderer = new PDFRenderer(doc);
        for (int i = 0; i < doc.getNumberOfPages(); i++) {
            PDPage page = doc.getPage(i);
            BufferedImage image = null;
            for (PDAnnotation a : page.getAnnotations()) {
                if (a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                    if (image == null) {
                        image = renderer.renderImageWithDPI(i, DPI, ImageType.GRAY);
                    }
                    out.add(new Link(i, uri.getURI(), decode(image, page, link.getRectangle())));
                }
            }
        }
        return out;
    }

    private static String decode(BufferedImage image, PDPage page, PDRectangle r) {
        double px = DPI / 72.0;
        float h = page.getMediaBox().getHeight();
        int x = (int) Math.floor(r.getLowerLeftX() * px);
        int y = (int) Math.floor((h - r.getUpperRightY()) * px);
        int w = Math.min(image.getWidth() - x, (int) Math.ceil(r.getWidth() * px));
        int hh = Math.min(image.getHeight() - y, (int) Math.ceil(r.getHeight() * px));
        BufferedImage crop = image.getSubimage(x, y, w, hh);
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));
        hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        try {
            return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(crop))),
                    hints).getText();
        } catch (NotFoundException e) {
            hints.put(DecodeHintType.PURE_BARCODE, Boolean.TRUE);
            try {
                return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                        new BufferedImageLuminanceSource(crop))), hints).getText();
            } catch (NotFoundException again) {
                return null;
            }
        }
    }

}
