package org.tradekit.print.codes;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;

/**
 * A QR code's module matrix, from ZXing's encoder, without quiet zone. Row 0 is the top row.
 */
public final class QrSymbol {
    private final String content;
    private final int size;
    private final boolean[][] dark;

    private QrSymbol(String content, boolean[][] dark) {
        this.content = content;
        this.size = dark.length;
        this.dark = dark;
    }

    /** Encodes with the standard mask search (the mask with the lowest penalty). */
    public static QrSymbol encode(String content, QrErrorCorrection ecc) {
        return encode(content, ecc, -1);
    }

    /**
     * Encodes with a fixed mask pattern (0-7), or with the mask search when {@code mask} is negative.
     * Any mask scans; the search picks the one with the fewest look-alike patterns, and costs about
     * nine tenths of the encoding time, which matters for long serialised runs.
     */
    public static QrSymbol encode(String content, QrErrorCorrection ecc, int mask) {
        if (content == null || content.isEmpty()) {
            throw new CodeException("print.codes.error.qrEmpty", null);
        }
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        if (!StandardCharsets.ISO_8859_1.newEncoder().canEncode(content)) {
            hints.put(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name()); // adds an ECI, so phones read UTF-8
        }
        if (mask >= 0) {
            hints.put(EncodeHintType.QR_MASK_PATTERN, mask);
        }
        QRCode qr;
        try {
            qr = Encoder.encode(content, ecc.zxing(), hints);
        } catch (WriterException e) {
            throw new CodeException("print.codes.error.qrTooLong", e, content.length());
        }
        ByteMatrix m = qr.getMatrix();
        boolean[][] dark = new boolean[m.getHeight()][m.getWidth()];
        for (int y = 0; y < m.getHeight(); y++) {
            for (int x = 0; x < m.getWidth(); x++) {
                dark[y][x] = m.get(x, y) == 1;
            }
        }
        return new QrSymbol(content, dark);
    }

    public String content() {
        return content;
    }

    /** Modules per side, without quiet zone (21 for version 1, +4 per version). */
    public int size() {
        return size;
    }

    public boolean isDark(int column, int row) {
        return dark[row][column];
    }

    boolean[] row(int row) {
        return dark[row];
    }
}
