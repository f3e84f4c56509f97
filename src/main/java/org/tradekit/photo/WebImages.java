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
        Path photo = store.file(sha);
        if (!Files.isRegularFile(photo)) {
            throw new PhotoException("photo.error.missing", null, sha);
        }
        try {
            PhotoFormat format = PhotoFormat.sniff(PhotoDecoder.head(photo), sha);
            BufferedImage image = PhotoDecoder.decode(photo, format, limits, side).image();
            return Pixels.jpeg(Pixels.fit(Orientation.apply(image, Orientation.read(photo)), side), limits.jpegQuality());
        } catch (IOException e) {
            throw AtomicFiles.problem(e, photo);
        }
    }
}
