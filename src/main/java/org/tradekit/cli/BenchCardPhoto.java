package org.tradekit.cli;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;

/**
 * A 12-megapixel phone photo of a business card, made up for the benchmark: a vCard QR code on a
 * card lying slightly turned on a table under uneven light, with sensor noise, saved as a JPEG.
 */
final class BenchCardPhoto {
    static final int WIDTH = 4000;
    static final int HEIGHT = 3000;
    static final String VCARD = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Nguyễn;Thị Lan;;;\r\nFN:Nguyễn Thị Lan\r\n"
            + "ORG:HTX Nông sản Tân Lập\r\nTITLE:Giám đốc\r\nTEL;TYPE=CELL:+84 912 345 678\r\nEMAIL:lan@tanlap.vn\r\n"
            + "URL:https://zalo.me/0912345678\r\nADR:;;12 Lê Lợi;Huế;;;Việt Nam\r\nEND:VCARD\r\n";

    private BenchCardPhoto() {
    }

    static Path write(Path file, long seed) throws IOException {
        BufferedImage photo = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = photo.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(120, 96, 70), WIDTH, HEIGHT, new Color(70, 52, 38)));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.rotate(Math.toRadians(6), WIDTH / 2.0, HEIGHT / 2.0);
        g.setPaint(new GradientPaint(800, 700, new Color(245, 243, 236), 3200, 2300, new Color(200, 198, 190)));
        g.fillRect(700, 650, 2600, 1700);
        g.setColor(new Color(40, 40, 40));
        g.setFont(g.getFont().deriveFont(90f));
        g.drawString("Nguyễn Thị Lan", 850, 850);
        g.setFont(g.getFont().deriveFont(60f));
        g.drawString("HTX Nông sản Tân Lập · Giám đốc", 850, 960);
        BitMatrix qr = qr(VCARD, 900);
        for (int y = 0; y < qr.getHeight(); y++) {
            for (int x = 0; x < qr.getWidth(); x++) {
                if (qr.get(x, y)) {
                    g.fillRect(2250 + x, 1300 + y, 1, 1);
                }
            }
        }
        g.dispose();
        noise(photo, 10, seed);
        ImageIO.write(photo, "jpg", file.toFile());
        return file;
    }

    private static BitMatrix qr(String text, int size) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size,
                    Map.of(EncodeHintType.CHARACTER_SET, "UTF-8", EncodeHintType.MARGIN, 2));
        } catch (WriterException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Gaussian sensor noise, straight on the raster (12 million pixels). */
    private static void noise(BufferedImage img, double sigma, long seed) {
        Random r = new Random(seed);
        WritableRaster raster = img.getRaster();
        int[] row = new int[img.getWidth() * 3];
        for (int y = 0; y < img.getHeight(); y++) {
            raster.getPixels(0, y, img.getWidth(), 1, row);
            for (int i = 0; i < row.length; i += 3) {
                int n = (int) Math.round(r.nextGaussian() * sigma);
                for (int c = 0; c < 3; c++) {
                    row[i + c] = Math.max(0, Math.min(255, row[i + c] + n));
                }
            }
            raster.setPixels(0, y, img.getWidth(), 1, row);
        }
    }
}
