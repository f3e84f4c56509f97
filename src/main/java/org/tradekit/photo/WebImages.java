package org.tradekit.photo;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.tradekit.store.AtomicFiles;

/**
 * A stored photo as a JPEG of at most {@code side} pixels on its longest side, turned upright: what a
 * web page (the consumer site) shows instead of a camera original of several megabytes.
 */
public final class WebImages {
    private final PhotoStore store;
    private final PhotoLimits limits;

    public WebImages(PhotoStore store, PhotoLimits limits) {
        this.store = store;
        this.limits = limits;
    }

    /** Whether the store holds the photo's file (a photo may not have arrived by sync yet). */
    public boolean has(String sha) {
        return PhotoStore.isSha256(sha) && Files.isRegularFile(store.file(sha));
    }

    /**
     * @throws PhotoException the photo is missing or damaged
     */
    public byte[] jpeg(String sha, int side) {
        return jpegWithin(sha, side, side);
    }

    /**
     * A stored photo as a JPEG that fits within {@code maxWidth} x {@code maxHeight} pixels, turned upright,
     * never enlarged: what a printed page needs at its printed size (brochures, at about 200 dpi).
     *
     * @throws PhotoException the photo is missing or damaged
     */
    public byte[] jpegWithin(String sha, int maxWidth, int maxHeight) {
        Path photo = store.file(sha);
        if (!Files.isRegularFile(photo)) {
            throw new PhotoException("photo.error.missing", null, sha);
        }
        try {
            PhotoFormat format = PhotoFormat.sniff(PhotoDecoder.head(photo), sha);
            PhotoDecoder.Decoded d = PhotoDecoder.decode(photo, format, limits, Math.max(maxWidth, maxHeight));
            int orientation = Orientation.read(photo);
            boolean swap = Orientation.swapsSides(orientation);
            double w = swap ? d.height() : d.width();
            double h = swap ? d.width() : d.height();
            double scale = Math.min(1.0, Math.min(maxWidth / w, maxHeight / h));
            int side = (int) Math.max(1, Math.round(Math.max(w, h) * scale));
            return Pixels.jpeg(Pixels.fit(Orientation.apply(d.image(), orientation), side), limits.jpegQuality());
        } catch (IOException e) {
            throw AtomicFiles.problem(e, photo);
        }
    }
}
