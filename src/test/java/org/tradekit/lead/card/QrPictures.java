package org.tradekit.lead.card;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.util.Map;
import java.util.Random;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;

/** Test pictures of QR codes: rendered by ZXing's writer, then spoilt the way phone photos are. */
public final class QrPictures {
    private QrPictures() {
    }

    public static BufferedImage qr(String text, int size) {
        try {
            return MatrixToImageWriter.toBufferedImage(new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size,
                    Map.of(EncodeHintType.CHARACTER_SET, "UTF-8", EncodeHintType.MARGIN, 4)));
        } catch (WriterException e) {
            throw new AssertionError(e);
        }
    }

    /** The image turned by {@code degrees} on a white canvas large enough to hold it. */
    public static BufferedImage rotated(BufferedImage img, double degrees) {
        double r = Math.toRadians(degrees);
        int w = (int) Math.ceil(Math.abs(img.getWidth() * Math.cos(r)) + Math.abs(img.getHeight() * Math.sin(r)));
        int h = (int) Math.ceil(Math.abs(img.getWidth() * Math.sin(r)) + Math.abs(img.getHeight() * Math.cos(r)));
        BufferedImage out = canvas(w, h, Color.WHITE);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.translate(w / 2.0, h / 2.0);
        g.rotate(r);
        g.drawImage(img, -img.getWidth() / 2, -img.getHeight() / 2, null);
        g.dispose();
        return out;
    }

    public static BufferedImage blurred(BufferedImage img, int radius) {
        int n = 2 * radius + 1;
        float[] k = new float[n * n];
        java.util.Arrays.fill(k, 1f / (n * n));
        BufferedImage rgb = canvas(img.getWidth(), img.getHeight(), Color.WHITE);
        rgb.createGraphics().drawImage(img, 0, 0, null);
        return new ConvolveOp(new Kernel(n, n, k), ConvolveOp.EDGE_NO_OP, null).filter(rgb, null);
    }

    /** Gaussian noise of the given standard deviation (in grey levels), seeded so a failure repeats. */
    public static BufferedImage noisy(BufferedImage img, double sigma, long seed) {
        Random random = new Random(seed);
        BufferedImage out = canvas(img.getWidth(), img.getHeight(), Color.WHITE);
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int v = (img.getRGB(x, y) & 0xff) + (int) Math.round(random.nextGaussian() * sigma);
                out.setRGB(x, y, grey(v));
            }
        }
        return out;
    }

    /** Black becomes {@code dark}, white becomes {@code light}: a grey, washed-out print. */
    public static BufferedImage lowContrast(BufferedImage img, int dark, int light) {
        BufferedImage out = canvas(img.getWidth(), img.getHeight(), Color.WHITE);
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                out.setRGB(x, y, grey((img.getRGB(x, y) & 0xff) < 128 ? dark : light));
            }
        }
        return out;
    }

    public static BufferedImage canvas(int w, int h, Color background) {
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setColor(background);
        g.fillRect(0, 0, w, h);
        g.dispose();
        return out;
    }

    private static int grey(int v) {
        int c = Math.max(0, Math.min(255, v));
        return 0xff000000 | c << 16 | c << 8 | c;
    }
}
