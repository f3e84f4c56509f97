package org.tradekit.photo;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.tradekit.store.AtomicFiles;

/**
 * Takes an image file into the photo store: refuses what is not a readable image (by content, not
 * extension) or is absurdly large, before decoding; turns it upright per EXIF; scales it down to
 * {@link PhotoLimits#maxSide()} (JPEG, or PNG when it has transparency); keeps a small upright
 * JPEG/PNG/GIF byte for byte; makes its thumbnail. Importing the same bytes twice stores one file.
 * Slow (decoding): never on the UI thread.
 */
public final class PhotoImporter {
    private static final long MB = 1024L * 1024;

    private final PhotoStore store;
    private final Thumbnails thumbnails;
    private final PhotoLimits limits;

    public PhotoImporter(PhotoStore store, Thumbnails thumbnails, PhotoLimits limits) {
        this.store = store;
        this.thumbnails = thumbnails;
        this.limits = limits;
    }

    /**
     * @throws PhotoException when the file is refused (the message says why); nothing is stored then
     * @throws org.tradekit.store.StoreException when the store cannot be written (disk full)
     */
    public StoredPhoto importFile(Path file) {
        String name = String.valueOf(file.getFileName());
        try {
            if (!Files.isRegularFile(file)) {
                throw new NoSuchFileException(file.toString());
            }
            long size = Files.size(file);
            if (size > limits.maxFileBytes()) {
                throw new PhotoException("photo.error.tooLarge", null, name, ceilMb(size), limits.maxFileBytes() / MB);
            }
            if (size == 0) {
                throw new PhotoException("photo.error.notImage", null, name);
            }
            PhotoFormat format = PhotoFormat.sniff(PhotoDecoder.head(file), name);
            PhotoDecoder.Decoded decoded = PhotoDecoder.decode(file, format, limits, limits.maxSide());
            int orientation = Orientation.read(file);
            BufferedImage scaled = Pixels.fit(decoded.image(), limits.maxSide());
            BufferedImage upright = Orientation.apply(scaled, orientation);
            boolean asIs = upright == decoded.image() && decoded.subsampling() == 1 && !format.alwaysReencode();
            byte[] bytes;
            String mime;
            if (asIs) {
                bytes = Files.readAllBytes(file);
                mime = format.mime();
            } else if (Pixels.hasTransparency(upright)) {
                bytes = Pixels.png(upright);
                mime = PhotoFormat.PNG.mime();
            } else {
                bytes = Pixels.jpeg(upright, limits.jpegQuality());
                mime = PhotoFormat.JPEG.mime();
            }
            String sha = store.put(bytes);
            try {
                thumbnails.save(sha, upright);
            } catch (IOException e) {
                throw AtomicFiles.problem(e, store.thumbnailFile(sha));
            }
            return new StoredPhoto(sha, upright.getWidth(), upright.getHeight(), mime, bytes.length);
        } catch (IOException e) {
            throw new PhotoException("photo.error.cannotRead", e, name, String.valueOf(e.getMessage()));
        }
    }

    private static long ceilMb(long bytes) {
        return (bytes + MB - 1) / MB;
    }
}
