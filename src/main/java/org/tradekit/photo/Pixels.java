package org.tradekit.photo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Transparency;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** Scaling and encoding of decoded images. */
final class Pixels {
    private Pixels() {
    }

    /** True when some pixel is not fully opaque (a PNG logo on a clear background). */
    static boolean hasTransparency(BufferedImage img) {
        if (img.getColorModel().getTransparency() == Transparency.OPAQUE) {
            return false;
        }
        Raster alpha = img.getAlphaRaster();
        if (alpha == null) { // e.g. an indexed image with a transparent entry
            int[] argb = img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
            for (int p : argb) {
                if (p >>> 24 != 0xFF) {
                    return true;
                }
            }
            return false;
        }
        int w = alpha.getWidth();
        int[] row = new int[w];
        for (int y = 0; y < alpha.getHeight(); y++) {
            alpha.getSamples(0, y, w, 1, 0, row);
            for (int a : row) {
                if (a != (1 << alpha.getSampleModel().getSampleSize(0)) - 1) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Scales so that the longest side is at most {@code maxSide}, by repeated halving with bilinear
     * filtering (one bilinear step from far above the target skips pixels and looks jagged).
     * Returns the image itself when it already fits.
     */
    static BufferedImage fit(BufferedImage src, int maxSide) {
        int w = src.getWidth();
        int h = src.getHeight();
        int longest = Math.max(w, h);
        if (longest <= maxSide) {
            return src;
        }
        double scale = (double) maxSide / longest;
        int tw = Math.max(1, (int) Math.round(w * scale));
        int th = Math.max(1, (int) Math.round(h * scale));
        boolean alpha = hasTransparency(src);
        BufferedImage cur = src;
        while (cur.getWidth() / 2 >= tw && cur.getHeight() / 2 >= th) {
            cur = draw(cur, cur.getWidth() / 2, cur.getHeight() / 2, alpha, null);
        }
        return cur.getWidth() == tw && cur.getHeight() == th ? cur : draw(cur, tw, th, alpha, null);
    }

    /** The image as plain RGB (transparent parts on white) for JPEG, or as ARGB. */
    static BufferedImage draw(BufferedImage src, int w, int h, boolean alpha, Color background) {
        BufferedImage dst = new BufferedImage(w, h, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = dst.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_ALPHA_INTERPOLATION, RenderingHints.VALUE_ALPHA_INTERPOLATION_QUALITY);
            if (background != null) {
                g.setColor(background);
                g.fillRect(0, 0, w, h);
            }
            g.drawImage(src, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return dst;
    }

    /** JPEG at the given quality; transparent parts become white. */
    static byte[] jpeg(BufferedImage img, float quality) throws IOException {
        BufferedImage rgb = img.getType() == BufferedImage.TYPE_INT_RGB ? img
                : draw(img, img.getWidth(), img.getHeight(), false, Color.WHITE);
        return encode(rgb, "jpeg", quality);
    }

    static byte[] png(BufferedImage img) throws IOException {
        return encode(img, "png", -1);
    }

    /** Encodes in memory (ImageIO's default stream may cache in a temporary file). */
    private static byte[] encode(BufferedImage img, String format, float quality) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(format);
        if (!writers.hasNext()) {
            throw new IOException("no " + format + " writer");
        }
        ImageWriter writer = writers.next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (quality > 0) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(quality);
            }
            writer.write(null, new IIOImage(img, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
