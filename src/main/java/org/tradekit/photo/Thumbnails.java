package org.tradekit.photo;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.tradekit.store.AtomicFiles;

/**
 * Small JPEG previews for lists and galleries, {@code <dataDir>/thumbs/<sha>.jpg}. A cache: made on
 * import, made again from the photo when missing (a photo that arrived by sync or from a backup).
 */
public final class Thumbnails {
    private final PhotoStore store;
    private final PhotoLimits limits;

    public Thumbnails(PhotoStore store, PhotoLimits limits) {
        this.store = store;
        this.limits = limits;
    }

    /** The thumbnail of a stored photo, made now when missing. Touches the disk: not on the UI thread. */
    public Path of(String sha) {
        Path thumb = store.thumbnailFile(sha);
        if (Files.isRegularFile(thumb)) {
            return thumb;
        }
        byte[] jpeg = new WebImages(store, limits).jpeg(sha, limits.thumbnailSide());
        try {
            AtomicFiles.write(thumb, out -> out.write(jpeg));
            return thumb;
        } catch (IOException e) {
            throw AtomicFiles.problem(e, thumb);
        }
    }

    /** Saves the thumbnail of an image just imported (already decoded and turned upright). */
    void save(String sha, BufferedImage upright) throws IOException {
        Path thumb = store.thumbnailFile(sha);
        if (Files.isRegularFile(thumb)) {
            return;
        }
        byte[] jpeg = Pixels.jpeg(Pixels.fit(upright, limits.thumbnailSide()), limits.jpegQuality());
        AtomicFiles.write(thumb, out -> out.write(jpeg));
    }
}
