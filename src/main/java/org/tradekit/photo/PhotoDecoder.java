package org.tradekit.photo;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.ImageInputStream;

/**
 * Decodes an image file safely: the size is read from the header first and an image claiming too
 * many pixels is refused before any pixel memory is taken (a 100 KB PNG can claim 60000 x 60000);
 * a large image is read subsampled, so memory stays near {@code (2 * side)^2} pixels whatever the
 * source; and a decoder warning (a truncated JPEG decodes "successfully" with a grey bottom) counts
 * as damage.
 */
final class PhotoDecoder {
    /** Bytes read to recognise a format. */
    static final int HEAD = 4096;

    /**
     * @param image       the decoded pixels, possibly subsampled
     * @param width       the source's width per its header
     * @param height      the source's height per its header
     * @param subsampling 1 when every pixel was read
     */
    record Decoded(BufferedImage image, int width, int height, int subsampling) {
    }

    private PhotoDecoder() {
    }

    static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD);
        }
    }

    /**
     * Decodes {@code file}, subsampled when its longest side exceeds twice {@code targetSide} (the caller
     * scales the rest of the way with filtering).
     */
    static Decoded decode(Path file, PhotoFormat format, PhotoLimits limits, int targetSide) {
        String name = String.valueOf(file.getFileName());
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.imageIoName());
        if (!readers.hasNext()) {
            throw new PhotoException("photo.error.unsupported", null, name, format.name());
        }
        ImageReader reader = readers.next();
        StringBuilder warning = new StringBuilder();
        try (ImageInputStream in = new FileImageInputStream(file.toFile())) {
            reader.setInput(in, true, true);
            reader.addIIOReadWarningListener((source, message) -> {
                if (warning.length() == 0) {
                    warning.append(message);
                }
            });
            int w;
            int h;
            try {
                w = reader.getWidth(0);
                h = reader.getHeight(0);
            } catch (IOException | RuntimeException e) {
                throw damaged(name, e);
            }
            if (w <= 0 || h <= 0) {
                throw new PhotoException("photo.error.damaged", null, name, w + " x " + h);
            }
            if ((long) w * h > limits.maxPixels()) {
                throw new PhotoException("photo.error.tooManyPixels", null, name, w, h, limits.maxPixels() / 1_000_000);
            }
            int longest = Math.max(w, h);
            int sub = longest > targetSide ? (int) Math.ceil(longest / (2.0 * targetSide)) : 1;
            ImageReadParam param = reader.getDefaultReadParam();
            if (sub > 1) {
                param.setSourceSubsampling(sub, sub, 0, 0);
            }
            BufferedImage image;
            try {
                image = reader.read(0, param);
            } catch (IOException | RuntimeException e) {
                throw damaged(name, e);
            }
            if (warning.length() > 0) {
                throw new PhotoException("photo.error.damaged", null, name, warning.toString());
            }
            return new Decoded(image, w, h, sub);
        } catch (IOException e) {
            throw new PhotoException("photo.error.cannotRead", e, name, e.getMessage());
        } finally {
            reader.dispose();
        }
    }

    private static PhotoException damaged(String name, Exception e) {
        return new PhotoException("photo.error.damaged", e, name, String.valueOf(e.getMessage()));
    }
}
