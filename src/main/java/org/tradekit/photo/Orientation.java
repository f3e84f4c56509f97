package org.tradekit.photo;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Metadata;
import com.drew.metadata.MetadataException;
import com.drew.metadata.exif.ExifIFD0Directory;

/**
 * EXIF orientation (TIFF tag 274): how a camera held sideways wants its pixels turned. Decoders
 * ignore it, so a phone photo would show on its side; we turn the pixels once, on import, and the
 * re-encoded file carries no tag to be applied twice.
 */
final class Orientation {
    static final int NORMAL = 1;

    private Orientation() {
    }

    /** The tag's value, 1 (as stored) when absent, unknown or unreadable. */
    static int read(Path file) {
        try {
            Metadata md = ImageMetadataReader.readMetadata(file.toFile());
            ExifIFD0Directory dir = md.getFirstDirectoryOfType(ExifIFD0Directory.class);
            if (dir != null && dir.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
                int o = dir.getInt(ExifIFD0Directory.TAG_ORIENTATION);
                return o >= 1 && o <= 8 ? o : NORMAL;
            }
        } catch (ImageProcessingException | IOException | MetadataException | RuntimeException e) {
            // metadata is a hint: a photo with broken EXIF is still a photo
        }
        return NORMAL;
    }

    /** True when the orientation swaps width and height (quarter turns). */
    static boolean swapsSides(int orientation) {
        return orientation >= 5;
    }

    /** The pixels as they should be seen: rotated and/or mirrored per the tag. */
    static BufferedImage apply(BufferedImage src, int orientation) {
        if (orientation == NORMAL) {
            return src;
        }
        int w = src.getWidth();
        int h = src.getHeight();
        int[] in = src.getRGB(0, 0, w, h, null, 0, w);
        boolean swap = swapsSides(orientation);
        int dw = swap ? h : w;
        int dh = swap ? w : h;
        int[] out = new int[in.length];
        for (int y = 0; y < dh; y++) {
            for (int x = 0; x < dw; x++) {
                int sx;
                int sy;
                switch (orientation) {
                    case 2 -> { sx = w - 1 - x; sy = y; }          // mirrored
                    case 3 -> { sx = w - 1 - x; sy = h - 1 - y; }  // upside down
                    case 4 -> { sx = x; sy = h - 1 - y; }          // mirrored upside down
                    case 5 -> { sx = y; sy = x; }                  // transposed
                    case 6 -> { sx = y; sy = h - 1 - x; }          // turn a quarter clockwise
                    case 7 -> { sx = w - 1 - y; sy = h - 1 - x; }  // transversed
                    default -> { sx = w - 1 - y; sy = x; }         // 8: turn a quarter anticlockwise
                }
                out[y * dw + x] = in[sy * w + sx];
            }
        }
        BufferedImage dst = new BufferedImage(dw, dh, Pixels.hasTransparency(src)
                ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        dst.setRGB(0, 0, dw, dh, out, 0, dw);
        return dst;
    }
}
