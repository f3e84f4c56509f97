package org.tradekit.lead.card;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.Binarizer;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.GenericMultipleBarcodeReader;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;

/**
 * Finds every QR code or barcode in a photo of a business card or badge with ZXing. Large phone
 * photos are scaled to {@link #LONG_SIDE} px first (the codes stay large enough, decoding gets
 * fast); when nothing is found the other binarizer (low contrast), a 90° turn and a half-size,
 * smoothed copy (noise) are tried.
 */
public final class CardImages {
    static final int LONG_SIDE = 2000;
    private static final Map<DecodeHintType, Object> HINTS = hints();

    private CardImages() {
    }

    /** The payloads of all codes found, in reading order, without repeats; empty when there is none. */
    public static List<String> decode(Path image) {
        return decode(load(image));
    }

    public static List<String> decode(BufferedImage image) {
        BufferedImage scaled = downscale(image);
        List<Function<LuminanceSource, Binarizer>> binarizers = List.of(HybridBinarizer::new, GlobalHistogramBinarizer::new);
        // last resort: half size, where averaging four pixels into one smooths sensor noise and speckle
        for (BufferedImage candidate : List.of(scaled, rotate90(scaled), half(scaled))) {
            for (Function<LuminanceSource, Binarizer> binarizer : binarizers) {
                Set<String> found = scan(new BinaryBitmap(binarizer.apply(new BufferedImageLuminanceSource(candidate))));
                if (!found.isEmpty()) {
                    return List.copyOf(found);
                }
            }
        }
        return List.of();
    }

    private static Set<String> scan(BinaryBitmap bitmap) {
        Set<String> found = new LinkedHashSet<>();
        try {
            for (Result r : new QRCodeMultiReader().decodeMultiple(bitmap, HINTS)) {
                found.add(r.getText());
            }
        } catch (NotFoundException e) {
            // no QR code: the other symbologies may still be there
        }
        try {
            for (Result r : new GenericMultipleBarcodeReader(new MultiFormatReader()).decodeMultiple(bitmap, HINTS)) {
                found.add(r.getText());
            }
        } catch (NotFoundException e) {
            // nothing more in this image
        }
        return found;
    }

    private static BufferedImage load(Path image) {
        if (!Files.isRegularFile(image)) {
            throw new CardImageException("lead.card.image.missing", null, image);
        }
        try {
            BufferedImage img = ImageIO.read(image.toFile());
            if (img == null) {
                throw new CardImageException("lead.card.image.notImage", null, image.getFileName());
            }
            return img;
        } catch (IOException | RuntimeException e) {
            if (e instanceof CardImageException c) {
                throw c;
            }
            throw new CardImageException("lead.card.image.notImage", e, image.getFileName());
        }
    }

    static BufferedImage downscale(BufferedImage img) {
        int longSide = Math.max(img.getWidth(), img.getHeight());
        double f = longSide > LONG_SIDE ? (double) LONG_SIDE / longSide : 1.0;
        if (f == 1.0 && img.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            return img;
        }
        int w = Math.max(1, (int) Math.round(img.getWidth() * f));
        int h = Math.max(1, (int) Math.round(img.getHeight() * f));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(img, 0, 0, w, h, null);
        g.dispose();
        return out;
    }

    private static BufferedImage half(BufferedImage img) {
        int w = Math.max(1, img.getWidth() / 2);
        int h = Math.max(1, img.getHeight() / 2);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.drawImage(img.getScaledInstance(w, h, java.awt.Image.SCALE_AREA_AVERAGING), 0, 0, null);
        g.dispose();
        return out;
    }

    private static BufferedImage rotate90(BufferedImage img) {
        BufferedImage out = new BufferedImage(img.getHeight(), img.getWidth(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.translate(img.getHeight(), 0);
        g.rotate(Math.PI / 2);
        g.drawImage(img, 0, 0, null);
        g.dispose();
        return out;
    }

    private static Map<DecodeHintType, Object> hints() {
        Map<DecodeHintType, Object> h = new EnumMap<>(DecodeHintType.class);
        h.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        h.put(DecodeHintType.CHARACTER_SET, "UTF-8");
        h.put(DecodeHintType.POSSIBLE_FORMATS, new ArrayList<>(List.of(BarcodeFormat.QR_CODE, BarcodeFormat.DATA_MATRIX,
                BarcodeFormat.AZTEC, BarcodeFormat.PDF_417, BarcodeFormat.CODE_128, BarcodeFormat.EAN_13)));
        return Map.copyOf(h);
    }
}
